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


a = bytearray(b'x')
run(["a.extend(b'ab')", "a.extend(bytearray(b'cd'))", "a.extend(memoryview(b'ef'))", "a.extend([1, 2])", "a.extend(range(3))",
     "a.extend(iter([9]))", "a.extend((x for x in [7]))", "a.extend('str')", "a.extend(1)", "a.extend(None)", "a.extend([256])",
     "a.extend([1, 'a'])", "a.extend([-1])", "a.extend()", "a.extend([], [])", "a.extend([])", "a", "a.extend(a)", "a"])
b = bytearray(b'abc')
try:
    b.extend([1, 2, 300])
except ValueError as e:
    print(e, b)
