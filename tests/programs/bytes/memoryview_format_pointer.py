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


ba = bytearray(16)
p = memoryview(ba).cast('P')
print(p.format, p.itemsize, p.tolist())
p[0] = 12345
print(p[0], p.tolist())
run(["p.__setitem__(0, -1)", "p.__setitem__(0, 2**64)", "p.__setitem__(0, 1.0)", "p.__setitem__(1, 2**64 - 1)", "p[1]"])
