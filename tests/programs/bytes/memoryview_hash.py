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
    "hash(memoryview(b'abc')) == hash(b'abc')", "hash(memoryview(b'')) == hash(b'')", "hash(memoryview(b'abcdef')[::2]) == hash(b'ace')",
    "hash(memoryview(b'abc')[::-1]) == hash(b'cba')", "hash(memoryview(bytearray(b'abc')))", "hash(memoryview(bytearray(b'abc')).toreadonly()) == hash(b'abc')",
    "hash(memoryview(bytes(4)).cast('I'))", "hash(memoryview(bytes(4)).cast('B')) == hash(bytes(4))", "hash(memoryview(bytes(4)).cast('c')) == hash(bytes(4))",
    "hash(memoryview(bytes(4)).cast('b')) == hash(bytes(4))", "hash(memoryview(bytes(6)).cast('B', (2, 3))) == hash(bytes(6))",
    "{memoryview(b'k'): 1}[b'k']", "memoryview(b'abc').__hash__() == hash(b'abc')",
])
