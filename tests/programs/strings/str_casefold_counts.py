def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


n = 0
for c in range(0x110000):
    ch = chr(c)
    if ch.casefold() != ch.lower():
        n += 1
print(n)
