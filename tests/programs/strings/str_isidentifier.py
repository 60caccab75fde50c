def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['a', '_', '_1', '1a', '', 'ä', 'aä', 'ℕ', '℘', '℮', '·', 'a·', '゛', 'a゛', '\u2118', 'a\u00b7b', 'a b', 'a-b', 'class', 'None', 'µ', 'ª', 'ﬁ', '𝐀', 'a\u200c', '\u0300', 'a\u0300', 'x\ufe4f', 'ⅰ', '〇', '\u1885', '\u2e2f', 'a\u1369']:
    print(repr(s), s.isidentifier())
