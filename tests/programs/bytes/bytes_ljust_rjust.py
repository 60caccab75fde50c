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
    "b'abc'.ljust(6)", "b'abc'.rjust(6)", "b'abc'.ljust(6, b'.')", "b'abc'.rjust(6, b'.')", "b'abc'.ljust(1)",
    "b'abc'.rjust(-1)", "b''.ljust(3, b'\\x00')", "bytearray(b'x').ljust(3)", "bytearray(b'x').rjust(3, b'0')",
    "b'a'.ljust(3, b'ab')", "b'a'.rjust(3, 'a')", "b'a'.ljust(3, None)", "b'a'.rjust(None)", "b'a'.ljust(3, b'a', 1)",
    "b'a'.ljust(width=3)", "b'a'.rjust(3, fillchar=b'x')",
])
