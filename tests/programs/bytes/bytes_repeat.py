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
    "b'ab' * 3", "3 * b'ab'", "b'ab' * 0", "b'ab' * -1", "b'' * 100", "bytearray(b'x') * 4", "2 * bytearray(b'y')",
    "b'a' * True", "b'a' * 2.0", "b'a' * 'x'", "b'a' * b'a'", "b'a' * 2**70", "b'a' * -2**70", "b'' * 2**62",
    "b'a'.__mul__(3)", "b'a'.__rmul__(3)", "b'a'.__mul__('x')", "bytearray(b'ab').__mul__(2)",
])
class I:
    def __index__(self): return 2
run(["b'z' * I()", "I() * b'z'"])
