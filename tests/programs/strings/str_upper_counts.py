def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


n = longer = 0
cps = []
for c in range(0x110000):
    ch = chr(c)
    u = ch.upper()
    if u != ch:
        n += 1
        if len(u) > 1:
            longer += 1
            cps.append(c)
print(n, longer, cps)
