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


run([
    "list(b'')", "list(b'ab\\xff')", "list(bytearray(b'xy'))", "[x for x in b'\\x00\\x01']", "next(iter(b'a'))",
    "type(iter(b'')).__name__", "type(iter(bytearray())).__name__", "sum(b'abc')", "tuple(reversed(b'abc'))",
    "list(enumerate(b'ab'))", "max(b'azb')", "sorted(bytearray(b'cab'))",
])
a = bytearray(b'abc')
it = iter(a)
print(next(it))
a.append(100)
print(list(it))
it2 = iter(b'a')
print(next(it2), next(it2, 'end'), next(it2, 'end'))
