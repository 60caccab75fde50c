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


m = memoryview(bytes(range(0xa0, 0xa6)))
run(["m.hex()", "m.hex(':')", "m.hex(':', 2)", "m.hex(':', -4)", "m[::-1].hex()", "m[::2].hex('-')", "m.cast('H').hex()",
     "m.cast('B', (2, 3)).hex()", "memoryview(b'').hex()", "m.hex('')", "m.hex(1)", "m.hex(sep=b'.', bytes_per_sep=3)"])
