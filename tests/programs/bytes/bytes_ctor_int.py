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
    "bytes(0)", "bytes(5)", "bytearray(3)", "bytes(True)", "bytes(-1)", "bytearray(-1)", "bytes(2**70)", "bytes(-2**70)",
    "len(bytes(1000))", "bytes(1.0)", "bytearray(2.5)", "bytes(source=2)",
])
class I:
    def __index__(self): return 3
class BadI:
    def __index__(self): return 'x'
run(["bytes(I())", "bytearray(I())", "bytes(BadI())"])
