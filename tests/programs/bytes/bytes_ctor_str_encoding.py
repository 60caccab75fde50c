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
    "bytes('abc', 'ascii')", "bytes('\\xe9', 'utf-8')", "bytes('\\xe9', 'latin-1')", "bytes('\\u20ac', 'ascii')",
    "bytes('\\u20ac', 'ascii', 'replace')", "bytes('\\u20ac', 'ascii', 'ignore')", "bytes('\\u20ac', 'ascii', 'xmlcharrefreplace')",
    "bytes('\\u20ac', 'ascii', 'backslashreplace')", "bytes('\\u20ac', 'ascii', 'namereplace')", "bytes('\\udcff', 'utf-8', 'surrogateescape')",
    "bytes('\\ud800', 'utf-8')", "bytes('\\ud800', 'utf-8', 'surrogatepass')", "bytes('a', 'utf-16')", "bytes('a', 'utf-16-le')",
    "bytes('a', encoding='utf-32-be')", "bytes('abc', 'nope')", "bytes('abc', 1)", "bytes('abc', 'ascii', 1)",
    "bytes('abc')", "bytes(b'abc', 'ascii')", "bytes(1, 'ascii')", "bytes(errors='strict')", "bytes('a', errors='strict')",
    "bytearray('ab', 'ascii')", "bytearray('ab')", "bytearray(b'ab', 'ascii')", "bytearray(3, errors='x')",
])
