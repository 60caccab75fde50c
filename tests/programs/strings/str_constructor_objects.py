def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class A:
    def __str__(self): return 'A-str'
class B:
    def __repr__(self): return 'B-repr'
class C:
    def __str__(self): return 5
class S(str): pass
class D:
    def __str__(self): return S('sub')
print(str(), str(''), str(1), str(1.5), str(None), str([1, 'a']), str((1,)), str({'a': 'b'}), str(A()), str(B()), str(True), str(-0.0), str(1e300), str(2**100), str(1j))
t(str, C())
r = str(D())
print(type(r).__name__, r)
r = str(S('x'))
print(type(r).__name__, r)
r = S(5)
print(type(r).__name__, r, r == '5')
print(str(str), str(ValueError('m')), str(KeyError('k')), str(b'\x00'), str(bytearray(b'z')))
t(str, 1, 2)
t(str, 1, 2, 3, 4)
t(str, object=1, encoding='x')
t(str, b'x', None)
print(str(object='kw'))
