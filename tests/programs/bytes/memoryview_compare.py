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
    "memoryview(b'abc') == b'abc'", "memoryview(b'abc') == bytearray(b'abc')", "memoryview(b'abc') == memoryview(b'abc')",
    "memoryview(b'abc') != b'abd'", "memoryview(b'abc') == 'abc'", "memoryview(b'abc') == [97, 98, 99]",
    "memoryview(b'abc') < b'abd'", "memoryview(b'a') <= memoryview(b'a')", "memoryview(b'abc')[::-1] == b'cba'",
    "memoryview(bytes(4)).cast('I') == memoryview(bytes(4))", "memoryview(bytes(4)).cast('I') == memoryview(bytes(4)).cast('I')",
    "memoryview(b'\\x01\\x00').cast('H') == memoryview(b'\\x01\\x00').cast('h')", "memoryview(b'\\xff\\xff').cast('H') == memoryview(b'\\xff\\xff').cast('h')",
    "memoryview(bytes(8)).cast('d') == memoryview(bytes(8)).cast('d')", "memoryview(b'ab').cast('c') == b'ab'",
    "memoryview(bytes(6)).cast('B', (2, 3)) == memoryview(bytes(6)).cast('B', (2, 3))",
    "memoryview(bytes(6)).cast('B', (2, 3)) == memoryview(bytes(6)).cast('B', (3, 2))", "memoryview(bytes(6)).cast('B', (2, 3)) == bytes(6)",
    "b'abc' == memoryview(b'abc')", "memoryview(b'') == b''",
])
nan = memoryview(bytearray(b'\x00\x00\x00\x00\x00\x00\xf8\x7f')).cast('d')
print(nan == nan, nan.tolist()[0] != nan.tolist()[0])
r = memoryview(b'x')
r.release()
print(r == r, r == memoryview(b'x'), r != b'x')
