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
    "b'a' == b'a'", "b'a' != b'b'", "b'a' < b'b'", "b'a' < b'ab'", "b'' < b'a'", "b'\\xff' > b'a'", "b'b' >= b'b'",
    "b'a' <= b'a'", "b'a' == 'a'", "b'a' != 'a'", "b'a' == 97", "b'a' == bytearray(b'a')", "bytearray(b'a') == b'a'",
    "bytearray(b'a') < b'b'", "b'a' == memoryview(b'a')", "memoryview(b'a') == b'a'", "b'a' < 'a'", "b'a' < 1",
    "bytearray(b'a') > None", "b'a' < bytearray(b'b')", "b'abc' > bytearray(b'abb')", "[b'b', b'a', b''] < [b'b', b'a', b'a']",
    "sorted([b'b', b'', b'ab', b'\\x00'])", "max(b'x', b'xy')",
])
