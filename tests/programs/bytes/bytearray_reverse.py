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


a = bytearray(b'abcd')
run(["a.reverse()", "a", "a.reverse(1)"])
for data in [b'', b'x', b'xy', b'xyz', bytes(range(10))]:
    x = bytearray(data)
    x.reverse()
    print(x)
