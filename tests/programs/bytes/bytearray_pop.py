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


a = bytearray(b'abcdef')
run(["a.pop()", "a.pop(0)", "a.pop(-1)", "a.pop(1)", "a", "a.pop(10)", "a.pop(-10)", "a.pop('0')", "a.pop(1.0)",
     "a.pop(0, 1)", "a.pop(2**70)", "a.pop(index=0)", "bytearray().pop()", "bytearray().pop(0)", "bytearray().pop('x')",
     "a.pop()", "a.pop()", "a.pop()", "a"])
