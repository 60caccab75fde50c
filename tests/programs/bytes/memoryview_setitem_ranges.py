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


ba = bytearray(8)
for fmt, values in [('B', [0, 255, 256, -1]), ('b', [-128, 127, 128, -129]), ('H', [65535, 65536, -1]),
                    ('h', [-32768, 32767, 32768]), ('I', [2**32 - 1, 2**32, -1]), ('i', [-2**31, 2**31]),
                    ('Q', [2**64 - 1, 2**64, -1]), ('q', [-2**63, 2**63]), ('L', [2**64 - 1, -1]), ('l', [2**63 - 1, -2**63 - 1]),
                    ('N', [0, -1]), ('n', [-1, 2**63])]:
    m = memoryview(ba).cast(fmt)
    for v in values:
        try:
            m[0] = v
            print(fmt, v, 'ok', m[0])
        except Exception as e:
            print(fmt, v, type(e).__name__, e)
m = memoryview(ba).cast('i')
for bad in [1.0, '1', None, b'1', True]:
    try:
        m[0] = bad
        print('set', repr(bad), m[0])
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
class I:
    def __index__(self): return 7
m[1] = I()
print(m[1])
