def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['ß', 'ẞ', 'ﬁ', 'Σ', 'ς', 'µ', 'İ', 'ŉ', 'ᾼ', 'ABC', '', 'Ǆ', 'ﬆ', '\u1e9e', 'ΐ']:
    print(repr(s), repr(s.casefold()), s.casefold() == s.lower())
print('Straße'.casefold() == 'STRASSE'.casefold())
t('a'.casefold, 1)
