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
a += b'cd'
print(a, alias is a)
a += bytearray(b'ef')
a += memoryview(b'gh')
print(a)
try:
    a += a
except BufferError as e:
    print('self', type(e).__name__, e)
print(a)
a += a[:]
print(a)
for bad in ['s', 1, [1], None]:
    try:
        a += bad
    except TypeError as e:
        print(type(e).__name__, e)
print(a.__iadd__(b'!'), a)
try:
    a.__iadd__()
except TypeError as e:
    print(e)
b = b'x'
c = b
b += b'y'
print(b, c, b is c)
