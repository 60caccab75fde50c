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


def show(stmt, a):
    try:
        exec(stmt, {'a': a})
        print(stmt, '->', a)
    except Exception as e:
        print(stmt, '!!', type(e).__name__, e)
for stmt in ["a[::2] = b'XYZ'", "a[::2] = b'XY'", "a[::2] = b'WXYZ'", "a[1::2] = [1, 2, 3]", "a[::-1] = b'fedcba'",
             "a[::-2] = b'123'", "a[::-2] = b''", "a[5:0:-2] = b'AB'", "a[::3] = bytearray(b'12')", "a[::2] = memoryview(b'mmm')",
             "a[10::2] = b''", "a[10::2] = b'x'", "a[::2] = 'abc'", "a[::2] = 7", "a[::2] = [1, 2, 300]",
             "a[0:0:2] = b''", "a[::-1] = a", "a[::2] = range(3)"]:
    show(stmt, bytearray(b'abcdef'))
