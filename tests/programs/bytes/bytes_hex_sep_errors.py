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
    "b'ab'.hex('')", "b'ab'.hex('::')", "b'ab'.hex(b'')", "b'ab'.hex(b'ab')", "b'ab'.hex('\\xe9')", "b'ab'.hex('\\u20ac')",
    "b'ab'.hex(1)", "b'ab'.hex([':'])", "b'ab'.hex(':', '2')", "b'ab'.hex(':', 2.0)", "b'ab'.hex(':', 2**70)",
    "b'ab'.hex(':', -2**70)", "b'ab'.hex(bytearray(b':'))", "bytearray(b'ab').hex('')",
])
