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


m = memoryview(b'abc')
print(m.release(), m.release())
run(["m.tobytes()", "m[0]", "len(m)", "m.tolist()", "m.hex()", "m.format", "m.itemsize", "m.nbytes", "m.ndim", "m.shape",
     "m.strides", "m.readonly", "m.obj", "m.c_contiguous", "m.contiguous", "m.f_contiguous", "m.suboffsets", "m.cast('B')",
     "m[0:1]", "bytes(m)", "hash(m)", "m == m", "m == b'abc'", "list(m)", "m.toreadonly()", "str(m)[:15]",
     "bytearray(m)", "b'x' + m", "b'abc'.find(m)", "m.__enter__()", "memoryview(m)"])
a = memoryview(bytearray(b'z'))
a.release()
run(["a.__setitem__(0, 1)", "a.release()"])
