def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['123', '١٢٣', '²', '½', 'Ⅷ', '〇', '一', '⑩', '𝟗', '', '1.5', '-1', ' 1', '൧', '፩', '🄁', '⓪', '\U0001d7ce', '３', '১', '٣x', '\u00bc\u00bd', 'ↂ', '\u2189', '\u3405', '\U00020001']:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
