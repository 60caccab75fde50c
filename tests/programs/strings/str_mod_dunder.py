def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print('%s'.__mod__(1), '%s-%s'.__mod__((1, 2)), 'x'.__mod__(()), '%d'.__mod__(3))
print('a'.__rmod__(1))
t('a'.__rmod__, 'b')
t('%s'.__mod__)
t('%s %s'.__mod__, 1)
print(str.__mod__('%r', 'x'))
t(str.__mod__, 1, 2)
class S(str): pass
r = S('%s') % 1
print(type(r).__name__, r)
class M:
    def __rmod__(self, o): return 'rmod:' + o
    def __str__(self): return 'M!'
t(lambda: 'fmt' % M())
print('%s' % M())
print(5 % 3, 'a%%' % ())
