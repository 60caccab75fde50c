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


ba = bytearray(b'abc')
m = memoryview(ba)
r = m.toreadonly()
print(r.readonly, m.readonly, r.tobytes(), r.obj is ba)
run(["r.__setitem__(0, 1)", "r.__setitem__(slice(0, 1), b'x')", "r.toreadonly().readonly", "r[1:].readonly", "r.cast('c').readonly",
     "hash(r) == hash(b'abc')", "r.toreadonly(1)"])
ba[0] = 65
print(r.tobytes())
