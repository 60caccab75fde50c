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
    "b''.title()", "b'hello world'.title()", "b'HELLO WORLD'.title()", "b\"they're bill's\".title()", "b'a1b2c'.title()",
    "b'ab-cd_ef'.title()", "b'\\xe9cole'.title()", "b'x\\xe9y'.title()", "bytearray(b'ab cd').title()", "b'a'.title(1)",
])
