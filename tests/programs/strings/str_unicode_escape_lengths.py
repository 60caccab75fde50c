def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(len(repr('\x01')), len(repr('\u0378')), len(repr('\U000e0000')), len(ascii('\xe9')), len(ascii('\u20ac')), len(ascii('\U0001f600')))
print(sum(len(ascii(chr(c))) for c in range(0x110000)))
print(sum(len(repr(chr(c))) for c in range(0, 0x110000, 7)))
