def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['ä,ö,ü', '𝄞𝄞a𝄞', 'αβγαβγ', '€ € €', 'a\u2028b', '', 'ä']:
    for sep in ['ä', '𝄞', 'β', ' ', '€ ', 'xyz', '\u2028']:
        print(repr(s), repr(sep), s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1))
