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


m = memoryview(bytes(24))
run(["m.cast('x')", "m.cast('')", "m.cast('BB')", "m.cast(1)", "m.cast(b'B')", "m.cast('B', 3)", "m.cast('B', (5,))",
     "m.cast('B', (2, 12))", "m.cast('I', (2, 2))", "m.cast('B', (0,))", "m.cast('B', (-1, -24))", "m.cast('B', ('a',))",
     "m.cast('d', (3,)).shape", "memoryview(bytes(5)).cast('I')", "m.cast('I').cast('H')", "m.cast('B', (1,) * 65)",
     "m.cast('B', [2, 3, 4]).cast('I')", "m[::2].cast('B')", "m.cast()", "m.cast('B', (24,), 1)", "m.cast(format='H').format",
     "m.cast('@B').format", "m.cast('=B')", "m.cast('<I')", "m.cast('B', shape=[24]).shape", "m.cast('c').cast('B').format",
     "m.cast('I').cast('B', (4, 6)).shape", "m.cast('e')", "m.cast('B', (2**70,))", "m.cast('B', [1, 2, 3, 4])"])
