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
    "b''.istitle()", "b'Hello'.istitle()", "b'Hello World'.istitle()", "b'Hello world'.istitle()", "b'HELLO'.istitle()",
    "b'hello'.istitle()", "b'A'.istitle()", "b'1A'.istitle()", "b'A1b'.istitle()", "b'A1B'.istitle()", "b'123'.istitle()",
    "b'Ab Cd-Ef'.istitle()", "b\"O'Neil\".istitle()", "b'\\xc9t\\xe9'.istitle()", "bytearray(b'Ab').istitle()",
    "bytearray(b'ab').istitle()", "b'Aa'.istitle(1)", "b' A '.istitle()", "b'AB'.istitle()",
])
