def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['Hello World', 'ß', 'ΣΑΣ', 'ǅ', 'İ', 'ﬁ', 'aΣ', 'µ', 'ſ', '', '123', 'ẞ']:
    print(repr(s), repr(s.swapcase()))
t('a'.swapcase, 'x')
