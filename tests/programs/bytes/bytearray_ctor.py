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
    "bytearray()", "bytearray(b'abc')", "bytearray(bytearray(b'x'))", "bytearray([1, 2])", "bytearray(2)",
    "bytearray('é', 'utf-8')", "bytearray(range(250, 256))", "bytearray(memoryview(bytearray(b'z')))",
    "bytearray(source=b'kw')", "bytearray(b'a') == b'a'", "bytearray(b'a') is bytearray(b'a')",
])
a = bytearray(b'abc')
a.__init__(b'xy')
print(a)
a.__init__()
print(a)
a.__init__(3)
print(a)
