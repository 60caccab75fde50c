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
    "b'a=b=c'.rpartition(b'=')", "b'abc'.rpartition(b'=')", "b''.rpartition(b'=')", "b'=abc'.rpartition(b'=')",
    "b'abc='.rpartition(b'=')", "b'XYabXYcd'.rpartition(b'XY')", "bytearray(b'a=b=').rpartition(b'=')",
    "b'a'.rpartition(b'')", "b'a'.rpartition('=')", "b'a'.rpartition(None)", "b'a'.rpartition(sep=b'a')",
    "type(bytearray(b'abc').rpartition(b'z')[0])",
])
