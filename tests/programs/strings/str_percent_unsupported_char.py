def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for f in ['%y', '%k', '%w', '%!', '%\x7f', '%é', '%€', '%𝄞', 'abc%zdef', '%5z', '%-z', '%.3z', '%(k)z', '%s %q', '%b', '%B', '%L', '%h', '%l', '%hd', '%ld', '%Ld']:
    t(lambda: f % ({'k': 1} if '(k)' in f else (1, 2)))
