def show(r):
    if type(r) is memoryview:
        try:
            return '<memory %s %s %r>' % (r.format, r.shape, r.tolist())
        except ValueError:
            return '<released memory>'
    if type(r) is tuple:
        return '(' + ', '.join(show(x) for x in r) + ')'
    return repr(r)


def run(cases):
    for src in cases:
        try:
            r = eval(src)
            print(src, '->', show(r))
        except Exception as e:
            print(src, '!!', type(e).__name__, e)


ba = bytearray(16)
d = memoryview(ba).cast('d')
d[0] = 1.5
d[1] = -0.0
print(d.tolist(), d.format, d.itemsize)
f = memoryview(ba).cast('f')
f[0] = 0.1
print(f.tolist()[0], f.itemsize, len(f))
run(["d.__setitem__(0, 1)", "d.tolist()[0]", "d.__setitem__(0, 'x')", "d.__setitem__(0, 2**2000)", "f.__setitem__(0, 1e300)",
     "f.tolist()[0]", "memoryview(b'\\x00' * 8).cast('e')", "f.__setitem__(0, float('inf'))", "f[0]", "f.__setitem__(0, float('nan'))",
     "f[0] != f[0]"])
print(memoryview(b'\x00\x00\x80\x3f').cast('f').tolist())
print(memoryview(b'\x00\x00\x00\x00\x00\x00\xf0\x7f').cast('d').tolist())
