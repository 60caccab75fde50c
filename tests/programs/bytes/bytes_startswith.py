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
    "b'hello'.startswith(b'he')", "b'hello'.startswith(b'')", "b''.startswith(b'')", "b'hello'.startswith(b'lo')",
    "b'hello'.startswith((b'x', b'he'))", "b'hello'.startswith(())", "b'hello'.startswith(b'l', 2)",
    "b'hello'.startswith(b'l', -3)", "b'hello'.startswith(b'hel', 0, 2)", "b'hello'.startswith(b'', 5)",
    "b'hello'.startswith(b'', 6)", "b'hello'.startswith(bytearray(b'h'))", "bytearray(b'hi').startswith(b'h')",
    "b'hello'.startswith('h')", "b'hello'.startswith(104)", "b'hello'.startswith([b'h'])",
    "b'hello'.startswith((b'h', 'x'))", "b'hello'.startswith(('x', b'h'))", "b'hello'.startswith()",
    "b'hello'.startswith(b'h', None, None)", "b'hello'.startswith(b'h', 'a')", "b'hello'.startswith(prefix=b'h')",
])
