def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


t(lambda: 'ab' * -2**70)
for n in [-1, 0, 1, 2, 3]:
    print(n, repr('ab' * n), repr(n * 'ä'), repr('' * n))
print(repr('' * 2**62))
t(lambda: '' * 10**30)
t(lambda: 'ab' * 2**62)
t(lambda: 'a' * 2**63)
t(lambda: 'a' * 10**30)
t(lambda: 'a' * 1.5)
t(lambda: 'a' * 'b')
t(lambda: 'a' * None)
t(lambda: [] * 'a')
print('x' * True, repr('x' * False))
class I:
    def __index__(self): return 2
print('ab' * I(), I() * 'cd')
print('ab'.__mul__(3), 'ab'.__rmul__(2))
t('ab'.__mul__, 'x')
t('ab'.__rmul__, 1.5)
t('ab'.__mul__)
