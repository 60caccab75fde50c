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
    "b'ab' + b'cd'", "b'' + b''", "b'a' + bytearray(b'b')", "bytearray(b'a') + b'b'", "b'a' + memoryview(b'm')",
    "bytearray(b'a') + memoryview(b'm')", "b'a' + 'b'", "'a' + b'b'", "b'a' + 1", "b'a' + None", "bytearray() + []",
    "type(b'a' + bytearray(b'b'))", "type(bytearray(b'a') + b'b')", "b'a'.__add__(b'b')", "b'a'.__add__('b')",
    "bytearray(b'a').__add__(1)", "memoryview(b'a') + b'b'",
])
