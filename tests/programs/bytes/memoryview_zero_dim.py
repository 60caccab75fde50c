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


ba = bytearray(b'\x07\x00\x00\x00')
z = memoryview(ba).cast('i', ())
print(z.ndim, z.shape, z.strides, z.nbytes, z.itemsize, len(z), z.tolist(), z.contiguous, z.c_contiguous, z.f_contiguous)
run(["z[()]", "z[...] is z", "z[0]", "z[:]", "z[(0,)]", "list(z)", "z.tobytes()", "z.hex()", "z == memoryview(bytes(4)).cast('i', ())",
     "z == z", "z.cast('B').tolist()", "z.cast('B', (4,))", "z.cast('i', ())"])
z[()] = 9
print(ba)
z[...] = -1
print(ba, z.tolist())
run(["z.__setitem__(0, 1)", "z.__setitem__(slice(None), 1)", "z.__setitem__((), 'x')", "z.toreadonly().__hash__()"])
r = memoryview(b'q').cast('B', ())
print(hash(r) == hash(b'q'), r.tolist(), r.readonly)
