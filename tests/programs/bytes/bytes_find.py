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
    "b'hello'.find(b'l')", "b'hello'.find(b'lo')", "b'hello'.find(b'z')", "b'hello'.find(b'')", "b''.find(b'')",
    "b'hello'.find(b'', 5)", "b'hello'.find(b'', 6)", "b'hello'.find(108)", "b'hello'.find(108, 3)",
    "b'hello'.find(b'l', -2)", "b'hello'.find(b'l', 1, 3)", "b'hello'.find(b'l', None, None)",
    "b'hello'.find(b'l', -100, 100)", "b'hello'.find(bytearray(b'e'))", "b'hello'.find(memoryview(b'o'))",
    "b'hello'.find('l')", "b'hello'.find(256)", "b'hello'.find(-1)", "b'hello'.find(1.0)", "b'hello'.find()",
    "b'hello'.find(b'l', '1')", "bytearray(b'abc').find(b'c')", "b'hello'.find(b'l', 2**70)",
    "b'hello'.find(sub=b'l')", "b'\\xff\\xfe'.find(254)", "b'hello'.find(True)",
])
