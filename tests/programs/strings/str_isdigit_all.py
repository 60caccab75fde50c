def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


n = 0
first = []
runs = 0
prev = False
for c in range(0x110000):
    v = chr(c).isdigit()
    if v:
        n += 1
        if len(first) < 20:
            first.append(c)
    if v != prev:
        runs += 1
        prev = v
print(n, runs, first)
print([chr(c).isdigit() for c in [0, 0x20, 0x41, 0x61, 0x30, 0xb2, 0xbd, 0x660, 0x2160, 0x3007, 0x1f600, 0xd800, 0xe000, 0x10ffff, 0x1c5, 0x85, 0xa0, 0xad, 0x5f, 0x2028]])
print(''.isdigit(), 'aA1'.isdigit(), 'abc'.isdigit(), 'ABC'.isdigit(), '123'.isdigit(), ' \t'.isdigit(), 'Ab Cd'.isdigit(), '_x1'.isdigit())
t('a'.isdigit, 1)
t(str.isdigit, 1)
