def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['-', '+', '-0', '+x', 'x-', '--', '++', '−1', '－1', '-ä', '1.5', '-1.5e3', ' -1']:
    print(repr(s), repr(s.zfill(6)))
class S(str): pass
r = S('12').zfill(1)
print(type(r).__name__, r)
r = S('12').zfill(4)
print(type(r).__name__, r)
