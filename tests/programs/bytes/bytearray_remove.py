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


a = bytearray(b'abcabc')
run(["a.remove(98)", "a", "a.remove(98)", "a", "a.remove(98)", "a.remove(256)", "a.remove(-1)", "a.remove(b'a')",
     "a.remove('a')", "a.remove()", "a.remove(1.0)", "a.remove(97, 1)", "a", "bytearray().remove(1)"])
