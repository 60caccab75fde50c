def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['hello', '', 'hellohello', 'ähello']:
    for a in ['', 'he', 'hello', 'hellox', 'lo', 'ä', 'o']:
        print(repr(s), repr(a), repr(s.removeprefix(a)), repr(s.removesuffix(a)))
t('a'.removeprefix)
t('a'.removeprefix, 1)
t('a'.removesuffix, None)
t('a'.removeprefix, 'a', 'b')
t('a'.removeprefix, prefix='a')
class S(str): pass
r = S('abc').removeprefix('x')
print(type(r).__name__, r)
