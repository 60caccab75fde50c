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


m = memoryview(b'ab\x00\xff').cast('c')
print(m.format, m.itemsize, m.tolist(), m[0], m[-1])
b = memoryview(b'\x00\x01\x02\xff').cast('?')
print(b.format, b.itemsize, b.tolist(), b[0], b[1], b[3])
ba = bytearray(4)
mc = memoryview(ba).cast('c')
mc[0] = b'x'
mc[1:3] = memoryview(b'yz').cast('c')
run(["mc.__setitem__(slice(1, 3), b'yz')"])
print(ba)
run(["mc.__setitem__(0, b'xy')", "mc.__setitem__(0, 120)", "mc.__setitem__(0, 'x')", "mc.__setitem__(0, bytearray(b'q'))"])
print(ba)
mb = memoryview(ba).cast('?')
mb[0] = True
mb[1] = 0
mb[2] = []
mb[3] = 'nonempty'
print(ba, mb.tolist())
