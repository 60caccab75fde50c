def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class S(str):
    def __new__(cls, v, extra=''):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
s = S(42, 'x')
print(s, s.extra, type(s).__name__, s + '!', len(s))
class T(str):
    pass
t(T, b'\xc3\xa4', 'utf-8')
t(T, 1, 2)
t(str.__new__, 1)
t(str.__new__, int)
t(str.__new__, T, 'ab')
print(type(str.__new__(T, 'q')).__name__, str.__new__(str, 7))
t(str.__new__)
t(str.__new__, str, 1, 2, 3, 4)
class U(str):
    def __str__(self): return 'custom'
print(str(U('raw')), '%s' % U('raw'), '{}'.format(U('raw')), format(U('raw')), f'{U("raw")}')
