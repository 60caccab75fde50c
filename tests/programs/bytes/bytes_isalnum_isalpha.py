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
    "b''.isalnum()", "b'abc123'.isalnum()", "b'abc 123'.isalnum()", "b'\\xe9'.isalnum()", "b'_'.isalnum()",
    "b''.isalpha()", "b'abcXYZ'.isalpha()", "b'abc1'.isalpha()", "b'\\xc0'.isalpha()", "b'@'.isalpha()", "b'['.isalpha()",
    "b'`'.isalpha()", "b'{'.isalpha()", "bytearray(b'ab').isalpha()", "bytearray(b'a1').isalnum()",
    "b'a'.isalpha(1)", "b'a'.isalnum(x=1)",
])
