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
    "b'prefix-x'.removeprefix(b'prefix-')", "b'x'.removeprefix(b'y')", "b'x'.removeprefix(b'')", "b''.removeprefix(b'x')",
    "b'aa'.removeprefix(b'a')", "b'x-suffix'.removesuffix(b'-suffix')", "b'x'.removesuffix(b'')", "b'xx'.removesuffix(b'x')",
    "bytearray(b'abc').removeprefix(b'a')", "bytearray(b'abc').removesuffix(bytearray(b'c'))",
    "b'abc'.removeprefix(memoryview(b'ab'))", "b'abc'.removeprefix('a')", "b'abc'.removesuffix(99)",
    "b'abc'.removeprefix()", "b'abc'.removesuffix(b'c', b'b')", "type(bytearray(b'a').removeprefix(b'z'))",
])
