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
    "b'aaa'.replace(b'a', b'b')", "b'aaa'.replace(b'a', b'b', 2)", "b'aaa'.replace(b'a', b'b', 0)",
    "b'aaa'.replace(b'a', b'b', -1)", "b'abc'.replace(b'', b'-')", "b'abc'.replace(b'', b'-', 2)",
    "b''.replace(b'', b'x')", "b'abc'.replace(b'b', b'')", "b'abab'.replace(b'ab', b'xyz')",
    "b'abc'.replace(b'z', b'y')", "bytearray(b'abc').replace(b'b', b'B')", "b'abc'.replace(bytearray(b'a'), memoryview(b'A'))",
    "b'abc'.replace('a', b'b')", "b'abc'.replace(b'a', 'b')", "b'abc'.replace(97, b'b')", "b'abc'.replace(b'a')",
    "b'abc'.replace(b'a', b'b', '1')", "b'abc'.replace(b'a', b'b', count=1)", "b'aaaa'.replace(b'aa', b'a')",
])
