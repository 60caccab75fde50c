def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class X:
    def __str__(self): return 'X!'
print('%s' % X(), '%s' % [1, 2], '%s' % {'a': 1}, '%s' % b'b', '%r' % [1], '%d' % True)
t(lambda: '%s %s' % [1, 2])
t(lambda: '%s' % (1, 2))
t(lambda: '%d' % [1])
print('%s' % ((1, 2),), '%s-%s' % (('a', 'b'), 'c'), '%s' % ([1, 2],))
class T(tuple): pass
print('%s %s' % T((1, 2)))
class D(dict): pass
print('%(a)s' % D(a=1), '%s' % D(a=1))
print('x' % D(a=1), 'x' % [] if False else '')
t(lambda: 'x' % T((1,)))
t(lambda: 'x' % 'abc')
t(lambda: 'x' % b'')
t(lambda: 'x' % bytearray())
