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
    "b'hello'.endswith(b'lo')", "b'hello'.endswith(b'')", "b'hello'.endswith(b'he')", "b'hello'.endswith((b'x', b'o'))",
    "b'hello'.endswith(b'l', 0, 4)", "b'hello'.endswith(b'l', -5, -1)", "b'hello'.endswith(b'', 3, 2)",
    "bytearray(b'hi').endswith(bytearray(b'i'))", "b'hello'.endswith('o')", "b'hello'.endswith(111)",
    "b'hello'.endswith((b'o', 1))", "b'hello'.endswith(b'o', 1, 2, 3)", "b'hello'.endswith(memoryview(b'lo'))",
])
