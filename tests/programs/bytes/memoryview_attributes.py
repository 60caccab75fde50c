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


src = bytearray(b'abcdefgh')
for label, m in [('plain', memoryview(src)), ('bytes', memoryview(b'abcdefgh')), ('step', memoryview(src)[::2]),
                 ('rev', memoryview(src)[::-1]), ('cast I', memoryview(src).cast('I')), ('2d', memoryview(src).cast('B', (2, 4))),
                 ('empty', memoryview(b'')), ('ro', memoryview(src).toreadonly())]:
    print(label, m.nbytes, m.itemsize, m.ndim, m.shape, m.strides, m.format, m.readonly, m.suboffsets, len(m))
m = memoryview(src)
print(m.obj is src, m[1:].obj is src, m.cast('H').obj is src, memoryview(m).obj is src)
run(["m.__setattr__('format', 'B')", "m.__setattr__('readonly', True)", "m.__setattr__('x', 1)", "memoryview.readonly.__doc__ is None"])
