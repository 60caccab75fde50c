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


a = bytearray(b'abc')
c = a.copy()
run(["c", "c == a", "c is a", "type(c)", "a.clear()", "a", "c", "a.clear(1)", "a.copy(1)", "bytearray().copy()"])
class BA(bytearray): pass
s = BA(b'xy')
print(type(s.copy()).__name__, s.copy())
s.clear()
print(repr(s))
