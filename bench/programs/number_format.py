# Number formatting: str/repr of ints and floats, format() specs, f-strings and %-formatting.
total = 0
checksum = 0
for rep in range(5):
    parts = []
    for i in range(40000):
        x = i * 1.0371 - 17.5
        parts.append(str(i))
        parts.append(repr(x))
        parts.append(f"{i:,}|{x:.3f}|{x:10.2e}|{i:08x}|{x:+g}|{i / 7:.2%}")
        parts.append(format(i * 12345678901, "_d"))
        parts.append("%5d %-8.3f %s %r" % (i, x, i % 3, x / 3))
    text = "".join(parts)
    total += len(text)
    checksum = (checksum * 131 + text.count("7") + text.count("e")) % 1000000007
big = 3 ** 2000
print(total, checksum, len(str(big)), str(big)[:20], f"{1e300 * 10:f}", f"{2 ** 0.5:.15g}")
print(parts[-5:])
