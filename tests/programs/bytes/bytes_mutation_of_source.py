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


a = bytearray(b'abc')
b = bytes(a)
a[0] = 90
print(b, a)
c = bytearray(a)
c.append(1)
print(a, c)
m = memoryview(a)
m[1] = 89
print(a, b)
d = a[:]
d[0] = 0
print(a, d)
lst = [bytearray(b'x')] * 2
lst[0].append(121)
print(lst)
