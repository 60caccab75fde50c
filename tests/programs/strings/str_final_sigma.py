def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['Σ', 'ΑΣ', 'ΑΣΑ', 'ΑΣ Α', 'Α\u0301Σ', 'ΑΣ\u0301', 'ΑΣ\u0301Α', '.Σ', 'Σ.', 'Α.Σ', "Α'Σ", "ΑΣ'", "ΑΣ'Α", 'Α\u00adΣ', 'ΣΣ', 'ΑΣΣ', '1Σ', 'A\u0345Σ', 'ΑΣ\U0001D165', 'Α:Σ']:
    print(repr(s), repr(s.lower()), repr(s.casefold()), repr(s.swapcase()), repr(s.capitalize()), repr(s.title()))
