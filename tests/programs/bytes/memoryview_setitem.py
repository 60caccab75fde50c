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


ba = bytearray(b'abcdef')
m = memoryview(ba)
m[0] = 65
m[-1] = 70
m[1:3] = b'BC'
m[3:5] = bytearray(b'DE')
print(ba)
m[::2] = b'xyz'
print(ba)
m[::-1] = b'654321'
print(ba)
m[1:3] = memoryview(b'mv')
print(ba)
m[:] = m[::-1]
print(ba)
run(["m.__setitem__(0, 256)", "m.__setitem__(0, b'x')", "m.__setitem__(slice(0, 2), b'xyz')", "m.__setitem__(slice(0, 2), 5)",
     "m.__setitem__(10, 1)", "m.__setitem__('a', 1)", "m.__setitem__(slice(0, 2), [1, 2])", "m.__delitem__(0)",
     "memoryview(b'ro').__setitem__(0, 1)", "m.__setitem__(slice(None, None, 0), b'')", "m.__setitem__(slice(0, 2), memoryview(b'\\x00\\x00').cast('H'))"])
c = memoryview(bytearray(8)).cast('B', (2, 4))
run(["c.__setitem__((1, 2), 9)", "c.tolist()", "c.__setitem__(0, 1)", "c.__setitem__((2, 0), 1)", "c.__setitem__(slice(0, 1), b'')"])
h = memoryview(bytearray(8)).cast('H')
h[1:3] = memoryview(bytearray(b'\x01\x00\x02\x00')).cast('H')
print(h.tolist())
run(["h.__setitem__(slice(0, 2), b'abcd')"])
