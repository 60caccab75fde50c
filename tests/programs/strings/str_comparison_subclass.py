def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class S(str):
    def __lt__(self, o): return 'S.lt'
    def __gt__(self, o): return 'S.gt'
print('a' < S('b'), S('a') < 'b', 'a' > S('b'), S('a') == 'a', 'a' != S('a'))
print(sorted([S('b'), 'a', S('c')], key=str))
print('a'.__lt__(S('b')), 'b'.__ge__('a'), 'a'.__gt__(None), 'a'.__le__([]))
print(max('a', 'b', key=len), min(['bb', 'a', 'ccc'], key=len))
