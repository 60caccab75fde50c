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


class B(bytes):
    def extra(self): return 'extra'
class BA(bytearray):
    pass
b = B(b'hello')
print(repr(b), type(b).__name__, b.extra(), b == b'hello', hash(b) == hash(b'hello'))
print(type(b + b'x').__name__, type(b[1:]).__name__, type(b.upper()).__name__, type(b * 2).__name__)
print(type(bytes(b)).__name__, bytes(b) == b, type(b.replace(b'z', b'y')).__name__)
ba = BA(b'abc')
print(repr(ba), type(ba + b'x').__name__, type(ba[1:]).__name__, type(ba.copy()).__name__, type(ba.upper()).__name__)
print(isinstance(b, bytes), isinstance(ba, bytearray), B.__mro__, BA.__mro__)
class B2(bytes):
    def __new__(cls, x): return super().__new__(cls, x * 2)
print(repr(B2(b'ab')), B2(b'ab') == b'abab')
print(repr(B()), repr(BA()))
print(b'%s' % B(b'x'), B(b'%d') % 5, type(B(b'%d') % 5).__name__)
