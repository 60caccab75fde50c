def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['é', '€', '\U0001f600', '\x00', '\x85', '\ue000', '\U000fffff', 'ÿĀ', '\uac00', '\u4e00', '\U00020000', '\ufdd0', '\U000e0001', '\x7f', '\ufffd']:
    print(repr(s), s.encode('ascii', 'namereplace'), s.encode('latin-1', 'namereplace'), s.encode('ascii', 'backslashreplace'), s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'replace'))
