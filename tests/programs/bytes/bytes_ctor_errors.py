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


class Opaque: pass
run([
    "bytes(None)", "bytes(Opaque())", "bytes(1.5)", "bytes(object())", "bytearray(None)", "bytearray(object())",
    "bytes(1, 2, 3, 4)", "bytes(source=1, x=2)", "bytearray(1, 2, 3, 4)", "bytes('a', 'ascii', 'strict', 1)",
    "bytes(['a', 'b'])", "bytes([[1]])", "bytes(12.0)", "bytes('', 'ascii')", "bytes('')",
])
