def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for name in dir(str):
    if not name.startswith('__') or name in ('__format__', '__sizeof__', '__getnewargs__'):
        doc = getattr(str, name).__doc__
        print(name, repr(doc))
print(repr(str.__doc__))
