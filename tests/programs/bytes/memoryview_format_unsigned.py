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


raw = bytes(range(1, 17))
for fmt in ['B', 'H', 'I', 'L', 'Q', 'N']:
    m = memoryview(raw).cast(fmt)
    print(fmt, m.format, m.itemsize, len(m), m.tolist(), m[0], m[-1])
big = memoryview(b'\xff' * 8)
for fmt in ['B', 'H', 'I', 'L', 'Q', 'N']:
    print(fmt, big.cast(fmt).tolist())
