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


parts = [bytes([65 + i % 26]) * (i % 5) for i in range(200)]
j = b','.join(parts)
print(len(j), j[:40], j.count(b','), hash(j) == hash(bytes(j)))
ba = bytearray()
for p in parts:
    ba += p
print(len(ba), ba[:20], bytes(ba) == b''.join(parts))
print(len(b'ab' * 10000), (b'ab' * 10000).count(b'ba'), (b'x' * 1000).replace(b'x', b'yy')[:10])
