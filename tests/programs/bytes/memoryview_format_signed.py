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


raw = bytes([1, 0x80, 0xff, 0x7f, 0, 0x80, 0xff, 0xff, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0])
for fmt in ['b', 'h', 'i', 'l', 'q', 'n']:
    m = memoryview(raw).cast(fmt)
    print(fmt, m.format, m.itemsize, len(m), m.tolist())
print(memoryview(b'\x80\x00\x00\x00\x00\x00\x00\x80').cast('q').tolist())
print(memoryview(b'\xff' * 8).cast('q').tolist())
