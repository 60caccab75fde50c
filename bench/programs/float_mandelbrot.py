# Float arithmetic in tight loops: an ASCII Mandelbrot set and its checksum.
def mandelbrot(width, height, max_iter):
    rows = []
    total = 0
    for py in range(height):
        y0 = (py / height) * 2.4 - 1.2
        row = []
        for px in range(width):
            x0 = (px / width) * 3.5 - 2.5
            x = y = 0.0
            i = 0
            while x * x + y * y <= 4.0 and i < max_iter:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            total += i
            row.append(" .:-=+*#%@"[i % 10] if i < max_iter else "@")
        rows.append("".join(row))
    return rows, total

rows, total = mandelbrot(400, 240, 400)
print(total)
for r in rows[96:144:8]:
    print(r[100:300:2])
