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


m = memoryview(b'hello world')
run(["bytes(m)", "bytearray(m)", "b'-'.join([m, m[:1]])", "b'hello'.startswith(m[:2])", "b'x' + m[:2]", "bytearray(b'x') + m[6:]",
     "b'hello world'.replace(m[:5], b'bye')", "b'hello world'.split(m[5:6])", "m[0:5] == b'hello'", "bytes(m.cast('c'))",
     "str(m[:5], 'ascii')", "m[:5].tobytes().decode()", "b'%b' % m[:3]", "b'%s' % m[::2]", "int.from_bytes(m[:2], 'big')",
     "bytes(memoryview(bytes(range(6))).cast('H'))", "bytes(memoryview(bytes(6)).cast('B', (2, 3)))"])
