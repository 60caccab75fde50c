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


a = bytearray(b'ab')
alias = a
a *= 3
print(a, alias is a)
a *= 1
print(a)
a *= 0
print(repr(a), alias is a)
a = bytearray(b'xy')
a *= -2
print(repr(a))
a = bytearray(b'q')
a *= True
print(a)
for bad in ['s', 1.5, None, b'x']:
    try:
        a *= bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a *= 2**70
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(a.__imul__(2), a)
print('__imul__' in dir(bytearray), '__imul__' in dir(bytes))
b = b'z'
c = b
b *= 2
print(b, c)
