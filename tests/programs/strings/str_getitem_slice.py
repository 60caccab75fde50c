def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'abcdefghij'
for a in [None, 0, 3, -3, 20, -20]:
    for b in [None, 0, 5, -2, 20, -20]:
        for st in [None, 1, 2, -1, -3]:
            print(repr(s[a:b:st]), end=' ')
    print()
u = 'äö𝄞xyz€'
print(u[::-1], u[1::2], u[-2::-2], u[5:1:-1], u[2:3], repr(u[3:3]))
print(s[2**70:], s[:2**70], s[-2**70:2**70], s[::2**70], s[::-2**70], s[2**70:-2**70:-1])
t(lambda: s[::0])
t(lambda: s['a':])
t(lambda: s[:1.5])
t(lambda: s[::None])
print(s[slice(1, 4)], s[slice(None, None, -4)], s.__getitem__(slice(-3, None)))
