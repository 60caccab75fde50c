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


m = memoryview(b'abc')
print(list(m), len(m), [x for x in m[::-1]], type(iter(m)).__name__)
h = memoryview(bytes(range(8))).cast('H')
print(len(h), len(list(h)), bool(memoryview(b'')), bool(m))
c = memoryview(bytes(6)).cast('B', (2, 3))
print(len(c))
run(["list(c)", "iter(memoryview(b'x').cast('B', ()))", "len(memoryview(b'x').cast('B', ()))", "list(memoryview(b'xy').cast('c'))",
     "list(memoryview(b'\\x00\\x01').cast('?'))", "sum(memoryview(b'\\x01\\x02\\x03'))", "3 in memoryview(b'\\x01\\x03')",
     "b'\\x03' in memoryview(b'\\x03')", "1 in memoryview(b'\\x01\\x00').cast('H')"])
