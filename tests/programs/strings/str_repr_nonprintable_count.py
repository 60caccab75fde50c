def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


n = 0
uesc = xesc = Uesc = 0
for c in range(0x110000):
    r = repr(chr(c))
    if len(r) != 3:
        n += 1
        if r.startswith("'\\x"): xesc += 1
        elif r.startswith("'\\u"): uesc += 1
        elif r.startswith("'\\U"): Uesc += 1
print(n, xesc, uesc, Uesc)
