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
for stmt in ["del a[1:3]", "del a[:]", "del a[10:]", "del a[::2]", "del a[1::2]", "del a[::-1]", "del a[::-2]",
             "del a[4:1:-1]", "del a[::10]", "del a[0]", "del a[-1]", "del a[6]", "del a[-7]", "del a['x']", "del a[1.0]",
             "del a[::0]", "del a[2**70]", "del a[-2:-5]"]:
    show(stmt, bytearray(b'abcdef'))
try:
    del b'abc'[0]
except TypeError as e:
    print(e)
