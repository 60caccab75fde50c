def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class D(dict):
    def __missing__(self, key):
        return key.upper() * 2
print('{a}-{b}-{c}'.format_map(D(a=1)))
print('{x[0]}'.format_map(D()), '{name:>8}|'.format_map(D()), '{a!r}'.format_map(D()))
class E(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + key)
t('{q}'.format_map, E())
class F(dict):
    def __getitem__(self, key):
        return 'F:' + key
print('{k} {j}'.format_map(F()), '{k}'.format(**F(k=1)))
t('{0}'.format_map, D())
t('{}'.format_map, D())
t('{a[}'.format_map, D())
print('%(a)s %(zz)s' % D(a='A'))
