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


b = b'abc\xff'
ba = bytearray(b)
run([
    "b[0]", "b[-1]", "b[3]", "b[4]", "b[-5]", "ba[0]", "ba[4]", "ba[-5]", "b['a']", "ba['a']", "b[1.0]", "ba[None]",
    "b[True]", "b[2**70]", "ba[2**70]", "b[-2**70]", "b''[0]",
])
class I:
    def __index__(self): return 1
run(["b[I()]", "ba[I()]"])
