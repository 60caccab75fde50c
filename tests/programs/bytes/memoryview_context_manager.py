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


b = bytearray(b'xyz')
with memoryview(b) as m:
    print(m[0], m.tobytes(), m.__enter__() is m)
try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(b'abc') as m1, m1[1:] as m2:
    print(m2.tobytes())
print(str(m1)[:15], str(m2)[:15])
try:
    with memoryview(b'q') as m3:
        raise KeyError('inside')
except KeyError as e:
    print('propagated', e)
try:
    m3[0]
except ValueError as e:
    print(e)
m4 = memoryview(b'q')
print(m4.__exit__(None, None, None))
try:
    m4.__exit__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m4.__enter__()
except ValueError as e:
    print(e)
