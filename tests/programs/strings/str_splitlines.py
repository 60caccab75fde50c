def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
for s in ['', '\n', '\n\n', '\r\n', '\r\r\n', 'a\n', 'a', '\n\ra', 'x\x1fy', 'x\u2027y', 'x\r\n\r\ny']:
    print(repr(s), s.splitlines(), s.splitlines(1), s.splitlines(0))
t('a'.splitlines, 'x')
t('a'.splitlines, None)
t('a'.splitlines, 1, 2)
t('a'.splitlines, keep=1)
t('a\nb'.splitlines, 2.5)
print([hex(c) for c in range(0x110000) if len(('a' + chr(c) + 'b').splitlines()) == 2])
