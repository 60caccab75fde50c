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
    "b''.islower()", "b'abc'.islower()", "b'abc1'.islower()", "b'aBc'.islower()", "b'123'.islower()", "b'\\xe9'.islower()",
    "b''.isupper()", "b'ABC'.isupper()", "b'ABC 1'.isupper()", "b'AbC'.isupper()", "b'123'.isupper()", "b'\\xc9'.isupper()",
    "bytearray(b'ab').islower()", "bytearray(b'AB').isupper()", "b'a'.islower(0)", "b'A'.isupper(0)",
])
