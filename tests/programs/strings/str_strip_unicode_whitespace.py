def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


ws = ''.join(c for c in map(chr, range(0x3001)) if c.isspace())
s = ws + 'mid' + ws
print(repr(s.strip()), len(s.lstrip()), len(s.rstrip()))
print(repr('\u200bx\u200b'.strip()), repr('\ufeffx'.strip()), repr('\u180ex'.strip()), repr('\x1fx'.strip()), repr('\x1cx\x1d'.strip()))
print(repr('xyx'.strip('\u0000x')), repr('\x00a\x00'.strip('\x00')))
