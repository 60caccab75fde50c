def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['abc', 'ÄÖÜ', 'ß', 'ﬁ', 'ﬃ', 'ŉ', 'ǰ', 'ΐ', 'İ', 'ı', 'ǅ', 'ǆ', 'Ǆ', 'ΣΑΣ', 'ΌΣΟΣ', 'Σ', 'aΣ', 'aΣb', 'aΣ.', 'a.Σ', 'a\u0345', 'ẞ', 'ᾳ', 'ᾼ', '\ud800', 'a\U00010400b', 'ﬓ', 'Ω', 'K', '']:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))
