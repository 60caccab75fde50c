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


m = memoryview(bytes(range(12)))
for label, v in [('full', m), ('slice', m[2:6]), ('step2', m[::2]), ('rev', m[::-1]), ('one', m[3:4]), ('one step', m[3:4:5]),
                 ('empty', m[5:5]), ('empty step', m[5:5:3]), ('2d', m.cast('B', (3, 4))), ('cast', m.cast('I')), ('0d', memoryview(b'x').cast('B', ()))]:
    print(label, v.contiguous, v.c_contiguous, v.f_contiguous)
run(["m[::2].cast('B')", "bytes(m[::2])", "b''.join([m[::2]])", "b'x'.find(m[::2])", "m[::2].tobytes()", "b'' + m[::2]"])
