def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


n = longer = 0
for c in range(0x110000):
    ch = chr(c)
    l = ch.lower()
    if l != ch:
        n += 1
        if len(l) > 1:
            longer += 1
            print(hex(c), ascii(l))
print(n, longer)
