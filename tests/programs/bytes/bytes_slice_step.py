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


b = b'0123456789'
ba = bytearray(b)
run([
    "b[::2]", "b[1::2]", "b[::-1]", "b[::-3]", "b[8:2:-2]", "b[2:8:-1]", "b[::100]", "b[::-100]", "b[::0]", "ba[::0]",
    "ba[::-1]", "ba[1:9:3]", "b[-1:-11:-1]", "b[::2**70]", "b[::-2**70]",
])
