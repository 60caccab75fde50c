def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['hello world', "they're bill's", 'HELLO', 'hELLO wORLD', 'ǆungla', 'ǅ', 'ß x', 'ﬁsh ﬂy', 'ŉ', 'a1b2', 'αβγ δεζ', '', '1a', 'a_b-c d', 'ǳ', 'ΣΑΣ ΣΑΣ', '\u0345a', 'x\u0301y']:
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.istitle(), s.title().istitle())
t('a'.title, 1)
t('a'.capitalize, 1)
t(str.title, 1)
