def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


d = {'name': 'Bob', 'n': 3, 'x': 2.5, '': 'empty', 'a)b': 'paren'}
print('%(name)s is %(n)d, %(x).2f %(n)05d %(name)r %(name)-6s|' % d)
print('%()s' % d, '%(name)s%%' % d, '%(n)x %(n)#o' % d)
print('%((a)b)s' % {'(a)b': 'nest'})
print('%s' % d if False else 'ok', 'no fields' % d, 'x' % {'a': 1})
class M:
    def __getitem__(self, k):
        return k.upper()
print('%(abc)s %(d)s' % M())
t(lambda: '%(a)s' % [1])
t(lambda: '%(a)s' % ('x',))
t(lambda: '%(a)s' % 'str')
class D(dict):
    def __missing__(self, k):
        return 'miss:' + k
print('%(zz)s' % D())
t(lambda: '%(a)d' % {'a': 'x'})
