def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(sum(1 for c in range(0x110000) if chr(c).title() != chr(c).upper()))
print([hex(c) for c in range(0x110000) if chr(c).istitle() and not chr(c).isupper()])
