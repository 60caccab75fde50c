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
    "b'a\\tb'.expandtabs()", "b'a\\tb'.expandtabs(4)", "b'\\t'.expandtabs(0)", "b'a\\tb'.expandtabs(-1)",
    "b'ab\\tc\\nd\\te'.expandtabs(4)", "b'ab\\tc\\rd\\te'.expandtabs(4)", "b'abcdefgh\\ti'.expandtabs(8)",
    "b''.expandtabs()", "bytearray(b'\\tx').expandtabs(2)", "b'a\\tb'.expandtabs(tabsize=3)",
    "b'a\\tb'.expandtabs('3')", "b'a\\tb'.expandtabs(3.0)", "b'a\\tb'.expandtabs(1, 2)", "b'\\xff\\tx'.expandtabs(4)",
])
