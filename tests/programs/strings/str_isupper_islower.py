def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['', 'A', 'a', 'AB1', 'ab1', '1', 'Ab', 'ǅ', 'ǅa', 'ÄÖ', 'äö', 'ß', 'ẞ', 'ª', 'ʰ', 'ⓐ', 'Ⓐ', 'ﬁ', 'A ', 'Σς', 'ᾼ', '\u2160', '\u2170', 'ǆ', 'ǈ', '\U00010400', '\U00010428', '\u02b0a', 'a\u0345', '\u0345']:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
