def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['  abc  ', '\t\n abc \r\x0b\x0c', '', '   ', 'abc', '\u3000\u2028x\x85\xa0', '\u200bx\u200b', '\x1cx\x1f']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
s = 'xxyhelloyxx'
for c in ['x', 'xy', 'yx', '', 'helloxy', 'z', None]:
    print(repr(c), repr(s.strip(c)), repr(s.lstrip(c)), repr(s.rstrip(c)))
print(repr('äöxäö'.strip('öä')), repr('𝄞a𝄞'.strip('𝄞')), repr('ab'.strip('ab')))
t(s.strip, 1)
t(s.lstrip, b'x')
t(s.rstrip, 'x', 'y')
t(s.strip, chars='x')
