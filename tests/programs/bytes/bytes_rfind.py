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


run([
    "b'hello'.rfind(b'l')", "b'hello'.rfind(b'z')", "b'hello'.rfind(b'')", "b'hello'.rfind(b'', 2, 3)",
    "b'hello'.rfind(108)", "b'hello'.rfind(108, 0, 3)", "b'hello'.rfind(b'l', -3, -1)", "b'aaaa'.rfind(b'aa')",
    "bytearray(b'abcabc').rfind(b'bc')", "b'x'.rfind('x')", "b'x'.rfind(300)", "b'x'.rfind(b'x', 1, 0)",
    "b'abc'.rfind(b'c', None, -1)",
])
