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
for stmt in ["a[1:3] = b'XY'", "a[1:3] = b''", "a[1:3] = b'LONGER'", "a[:] = b'new'", "a[10:] = b'end'", "a[:0] = b'start'",
             "a[3:1] = b'mid'", "a[-2:] = bytearray(b'ba')", "a[1:2] = memoryview(b'mv')", "a[1:2] = [65, 66]",
             "a[1:2] = range(3)", "a[1:2] = (x for x in [67])", "a[1:2] = 'str'", "a[1:2] = 5", "a[1:2] = None",
             "a[1:2] = [256]", "a[1:2] = ['a']", "a[0:6] = a", "a[::1] = b'step1'", "a['x':] = b''", "a[1:2] = 1.5"]:
    show(stmt, bytearray(b'abcdef'))
class WithBytes:
    def __bytes__(self): return b'B'
show("a[0:1] = WithBytes()", bytearray(b'abc'))
