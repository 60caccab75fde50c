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
    "b'banana'.count(b'a')", "b'banana'.count(b'an')", "b'banana'.count(b'ana')", "b'banana'.count(b'')",
    "b''.count(b'')", "b'banana'.count(97)", "b'banana'.count(97, 2)", "b'banana'.count(b'a', 1, -1)",
    "b'aaaa'.count(b'aa')", "b'banana'.count(b'', 2, 4)", "b'banana'.count(b'', 10)", "bytearray(b'aXa').count(b'a')",
    "b'a'.count('a')", "b'a'.count(-1)", "b'a'.count(None)", "b'a'.count(b'a', 'x')", "b'\\x00\\x00'.count(0)",
])
