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


run([
    "b'42'.zfill(5)", "b'-42'.zfill(5)", "b'+42'.zfill(5)", "b'42'.zfill(1)", "b''.zfill(3)", "b'-'.zfill(3)",
    "b'+'.zfill(1)", "b'abc'.zfill(6)", "b'--1'.zfill(5)", "b'42'.zfill(-3)", "bytearray(b'-7').zfill(4)",
    "b'1'.zfill('3')", "b'1'.zfill(3.0)", "b'1'.zfill()", "b'1'.zfill(3, 4)", "b'1'.zfill(width=3)",
])
