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


print(repr(bytes(range(0, 128))))
print(repr(bytes(range(128, 256))))
print(repr(bytearray(range(0, 40))))
print(repr(b'\t\n\r\x0b\x0c\x7f\x80'))
class B(bytes): pass
class BA(bytearray): pass
print(repr(B(b'x')), repr(BA(b'y\n')), str(BA()))
