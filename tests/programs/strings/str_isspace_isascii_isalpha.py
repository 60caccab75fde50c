def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['', ' ', '\t\n\x0b\x0c\r', '\x1c\x1d\x1e\x1f', '\x85', '\xa0', '\u200b', '\u180e', '\u2028', '\ufeff', 'a', 'abc', 'ä', '\x7f', '\x80', 'a b', 'ª', 'ʰ', '\u0345', '\u3005', '\u3021', '\u2160', 'ǅ', '\U0001f600', '𝐀']:
    print(repr(s), s.isspace(), s.isascii(), s.isalpha(), s.isalnum())
