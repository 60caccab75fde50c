def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


names = [n for n in dir(str) if n not in ('maketrans', '__new__', '__init_subclass__', '__subclasshook__', '__class__', '__doc__', '__init__', '__delattr__', '__setattr__', '__getattribute__', '__reduce__', '__reduce_ex__', '__dir__', '__sizeof__', '__getstate__', '__format__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__hash__', '__repr__', '__str__')]
for n in names:
    f = getattr(str, n)
    for args in [(), (1,), (b'x', 'a')]:
        try:
            r = f(*args)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(n, args, ascii(r))
