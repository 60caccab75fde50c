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


for src in [b'abc', bytearray(b'abc')]:
    it = iter(src)
    print(type(it).__name__, it.__length_hint__(), show(it.__reduce__()[1:]))
    next(it)
    print(it.__length_hint__(), show(it.__reduce__()[1:]))
    it.__setstate__(2)
    print(list(it), it.__length_hint__(), show(it.__reduce__()[1:]))
    it.__setstate__(0)
    print(list(it))
it = iter(b'abcd')
it.__setstate__(-5)
print(next(it))
it.__setstate__(99)
print(list(it), it.__length_hint__())
it = iter(b'xy')
run(["it.__setstate__('1')", "it.__setstate__(1.0)", "it.__setstate__()", "it.__length_hint__(1)", "it.__reduce__()[0] is iter"])
ba = bytearray(b'ab')
it = iter(ba)
ba.extend(b'cd')
print(it.__length_hint__(), list(it))
