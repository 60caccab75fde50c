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
    "b''.hex()", "b'\\x00\\x01\\xff'.hex()", "bytes(range(16)).hex()", "bytearray(b'\\xde\\xad').hex()",
    "memoryview(b'\\xbe\\xef').hex()", "b'abc'.hex(None)", "b'abc'.hex(sep=None)", "b'abc'.hex(None, 2)",
    "b'abc'.hex(1)", "b'abc'.hex(b'1', 2, 3)", "b'abc'.hex(x=1)",
])
