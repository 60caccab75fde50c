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


class B:
    def __bytes__(self): return b'B'
run([
    "b','.join([b'a', b'b', b'c'])", "b''.join([])", "b','.join([])", "b','.join([b'x'])", "b', '.join((b'a', bytearray(b'b')))",
    "b'-'.join([memoryview(b'ab'), b'c'])", "bytearray(b'-').join([b'a', b'b'])", "b'-'.join(iter([b'a', b'b']))",
    "b'-'.join([b'a', 'b'])", "b'-'.join([b'a', 1])", "b'-'.join([b'a', B()])", "b'-'.join(1)", "b'-'.join()",
    "b'-'.join(b'ab')", "b'-'.join([b'a'], [b'b'])", "type(bytearray().join([b'a']))", "b'\\xff'.join([b'\\x00', b'\\x01'])",
])
