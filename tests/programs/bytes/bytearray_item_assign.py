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
for stmt in ["a[0] = 65", "a[-1] = 90", "a[2] = 0", "a[0] = 255", "a[0] = 256", "a[0] = -1", "a[3] = 1", "a[-4] = 1",
             "a[0] = b'x'", "a[0] = 'x'", "a[0] = 1.0", "a[0] = None", "a['0'] = 1", "a[2**70] = 1", "a[0] = 2**70",
             "a[True] = 66", "a[0] = True"]:
    show(stmt, bytearray(b'abc'))
b = b'abc'
try:
    b[0] = 1
except TypeError as e:
    print(e)
class I:
    def __index__(self): return 120
show("a[I()-119 if False else 0] = I()", bytearray(b'abc'))
