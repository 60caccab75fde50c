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


m = memoryview(bytes(range(6))).cast('B', (2, 3))
run(["m.tobytes()", "m.tobytes('C')", "m.tobytes('F')", "m.tobytes('A')", "m.tobytes(None)", "m.tobytes(order='F')",
     "m.tobytes('X')", "m.tobytes('c')", "m.tobytes(1)", "m.tobytes('CF')", "memoryview(b'abc')[::-1].tobytes()",
     "memoryview(b'abcdef')[1::2].tobytes('F')", "memoryview(b'').tobytes()", "type(memoryview(bytearray(b'x')).tobytes())",
     "bytes(m)", "m.tobytes('C', 1)"])
