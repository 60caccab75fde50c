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


a = bytearray()
print(type(a.__alloc__()).__name__, a.__alloc__() >= 0)
a = bytearray(b'abc')
print(a.__alloc__() > len(a))
for i in range(100):
    a.append(i)
print(a.__alloc__() > len(a))
try:
    a.__alloc__(1)
except TypeError as e:
    print(e)
print(bytearray().__alloc__())
print(hasattr(b'', '__alloc__'))
