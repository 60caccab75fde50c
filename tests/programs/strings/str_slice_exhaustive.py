def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'aä€𝄞b\ud800c'
n = len(s)
chars = list(s)
bad = 0
total = 0
for a in [None] + list(range(-n - 2, n + 3)):
    for b in [None] + list(range(-n - 2, n + 3)):
        for c in [None, 1, 2, 3, -1, -2, -3, 100, -100]:
            r = s[a:b:c]
            total += 1
            if r != ''.join(chars[a:b:c]):
                bad += 1
            if total % 997 == 0:
                print(a, b, c, ascii(r))
print(total, bad)
