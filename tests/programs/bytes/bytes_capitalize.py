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
    "b''.capitalize()", "b'hello World'.capitalize()", "b'HELLO'.capitalize()", "b'1abc'.capitalize()",
    "b' abc'.capitalize()", "b'\\xe9abc'.capitalize()", "bytearray(b'aBC').capitalize()", "b'a'.capitalize(1)",
])
