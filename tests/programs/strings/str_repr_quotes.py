def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['', "'", '"', '\'"', 'it\'s', 'say "hi"', '\'"\'', '\\', 'a\\b', '\\\'', "'''", '"""']:
    print(repr(s), ascii(s), len(repr(s)))
