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


b = b'0123456789'
ba = bytearray(b)
run([
    "b[2:5]", "b[:3]", "b[7:]", "b[-3:]", "b[:-3]", "b[5:2]", "b[100:]", "b[-100:2]", "b[:]", "b[:] is b",
    "ba[2:5]", "ba[:]", "ba[:] is ba", "b[2**70:]", "b[:-2**70]", "b[None:None]", "b['a':]", "b[1.0:]", "ba[:'x']",
    "b[slice(2, 4)]",
])
