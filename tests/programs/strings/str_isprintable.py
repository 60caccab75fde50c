def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['', 'abc', ' ', '\t', '\n', '\x7f', '\xa0', '\xad', '\u2028', '\u200b', '\ufeff', '\ue000', '\ud800', '\U0001f600', '\u0378', '\u3000', '\u1680', 'a\x00', '\U000e0001', '\U000f0000', '\u0600', '\u0300']:
    print(repr(s), s.isprintable())
