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
    "b'a=b=c'.partition(b'=')", "b'abc'.partition(b'=')", "b''.partition(b'=')", "b'=abc'.partition(b'=')",
    "b'abc='.partition(b'=')", "b'abXYcd'.partition(b'XY')", "bytearray(b'a=b').partition(b'=')",
    "b'a=b'.partition(bytearray(b'='))", "b'a=b'.partition(memoryview(b'='))", "b'a'.partition(b'')",
    "b'a'.partition('=')", "b'a'.partition(61)", "b'a'.partition()", "b'a'.partition(b'a', b'b')",
    "type(bytearray(b'abc').partition(b'z')[2])",
])
