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


m = memoryview(b'0123456789')
run(["m[2:5].tobytes()", "m[::-1].tobytes()", "m[::3].tobytes()", "m[8:2:-2].tobytes()", "m[5:2].tobytes()", "m[2:5].shape",
     "m[::2].strides", "m[::-1].strides", "m[0]", "m[-1]", "m[10]", "m[-11]", "m['a']", "m[1.0]", "m[...] is m", "m[()]",
     "m[2:5][1]", "m[2:5][1:].tobytes()", "m[2**70]", "m[::0]", "len(m[100:])", "m[:, 1]", "m[1, 2]"])
c = memoryview(bytes(range(12))).cast('B', (3, 4))
run(["c[1, 2]", "c[-1, -1]", "c[3, 0]", "c[0]", "c[0:1]", "c[1, 2, 3]", "c[1, 'a']", "c[:, 1]"])
z = memoryview(b'q').cast('B', ())
run(["z[()]", "z[...]", "z[0]"])
