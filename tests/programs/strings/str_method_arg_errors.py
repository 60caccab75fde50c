def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


names = [n for n in dir(str) if not n.startswith('__') and n != 'maketrans']
for n in names:
    m = getattr('abc', n)
    for args in [(), (1,), ('a',), ('a', 1), (1, 2, 3), ('a', 'b', 'c', 'd'), (None,)]:
        try:
            r = m(*args)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(n, args, ascii(r))
    try:
        m(bogus=1)
    except Exception as e:
        print(n, 'kw', type(e).__name__ + ':', e)
