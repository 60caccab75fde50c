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


b = b'hello\x00\xff'
run([
    "104 in b", "0 in b", "255 in b", "1 in b", "b'll' in b", "b'' in b", "b'' in b''", "bytearray(b'el') in b",
    "memoryview(b'lo') in b", "b'x' in b", "256 in b", "-1 in b", "'h' in b", "None in b", "1.0 in b", "[104] in b",
    "True in b'\\x01'", "2**70 in b", "104 in bytearray(b)", "b'h' in bytearray(b)", "'h' in bytearray(b)",
    "b.__contains__(104)",
])
class I:
    def __index__(self): return 104
run(["I() in b"])
