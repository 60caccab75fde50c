def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print('ab'.__getnewargs__(), ''.__getnewargs__())
t('a'.__getnewargs__, 1)
print(str.__doc__[:40])
print(str.join.__doc__ is not None, type(str.join).__name__, type('a'.join).__name__, type(str.maketrans).__name__)
print(str.__class__, type(str.__dict__['maketrans']).__name__)
print(''.__class__ is str, 'abc'.__len__(), 'abc'.__hash__() == hash('abc'))
print(str.__len__('abc'), str.upper('abc'), str.__add__('a', 'b'), str.__getitem__('abc', 1))
t(str.upper, 1)
t(str.__len__, 1)
t(str.__add__, 1, 'a')
t(str.join, ',', 5)
