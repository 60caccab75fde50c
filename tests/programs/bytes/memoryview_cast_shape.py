import sys
def run(cases):
    for src in cases:
        try:
            r = eval(src)
            print(src, '->', repr(r))
        except Exception as e:
            print(src, '!!', type(e).__name__, e)


m = memoryview(bytes(range(24)))
c = m.cast('B', (2, 3, 4))
print(c.ndim, c.shape, c.strides, c.itemsize, c.nbytes, c.format)
print(c.tolist())
i = m.cast('i', [2, 3])
print(i.shape, i.strides, i.tolist() == [[int.from_bytes(bytes(range(k, k + 4)), sys.byteorder) for k in range(r, r + 12, 4)] for r in (0, 12)])
print(m.cast('H', (12,)).shape, m.cast('B', ()).shape if False else '')
z = memoryview(b'x').cast('B', ())
print(z.ndim, z.shape, z.strides, z.tolist() if hasattr(z, 'tolist') else None)
back = c.cast('B')
print(back.shape, back.tobytes() == bytes(range(24)))
run(["memoryview(b'').cast('B', (0,))", "memoryview(b'').cast('B', (1,))"])
print(memoryview(b'').cast('I').shape)
