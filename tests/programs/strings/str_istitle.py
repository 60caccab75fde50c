def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['', 'A', 'Ab', 'Ab Cd', 'AB', 'Ab cd', 'ǅ', 'ǅa', 'ǅA', '1A', 'A1b', "They'Re", "They're", 'ΣΑ', 'Σα', 'A.B', 'A_B', 'Aß', 'Αβγ Δεζ', 'ᾼ', 'ᾼα', 'A\u0301b', '\u02b0', 'Ⅰⅰ', 'Ⅰ']:
    print(repr(s), s.istitle(), s.title(), s.title().istitle())
