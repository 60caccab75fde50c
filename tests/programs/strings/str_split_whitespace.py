def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['', ' ', '  a  b  ', 'a b c', '\ta\nb\rc\x0bd\x0ce', 'a\x1cb\x1dc\x1ed\x1fe', 'a\x85b\xa0c\u1680d', 'a\u2000b\u200ac\u2028d\u2029e', 'a\u202fb\u205fc\u3000d', 'a\u200bb\ufeffc\u180ed', '\u3000\u3000']:
    print(repr(s), s.split(), s.rsplit(), s.split(None), s.rsplit(None, -1))
ws = [c for c in map(chr, range(0x110000)) if c.isspace()]
print(len(ws), [hex(ord(c)) for c in ws])
print(len(('x'.join(ws) + 'x').split()))
