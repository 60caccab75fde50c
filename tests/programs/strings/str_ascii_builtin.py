def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for v in ['abc', 'é', '€', '\U0001f600', '\ud800', '\x7f', 'a\nb', "'", ['é', 'x'], {'ü': 'ß'}, ('\u2028',), 1, None, b'\xff']:
    print(ascii(v), repr(v) == ascii(v))
class R:
    def __repr__(self): return 'Rép€'
print(ascii(R()), ascii([R()]))
t(ascii)
t(ascii, 1, 2)
