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
    "b''.lower()", "b'ABCxyz123'.lower()", "b'ABCxyz123'.upper()", "b'\\xc0\\xe0'.lower()", "b'\\xc0\\xe0'.upper()",
    "b'@[`{'.lower()", "b'@[`{'.upper()", "bytearray(b'AbC').lower()", "bytearray(b'AbC').upper()",
    "type(bytearray(b'a').upper())", "b'a'.lower(1)", "b'a'.upper(x=1)",
])
