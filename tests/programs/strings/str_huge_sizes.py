def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


t(lambda: 'a' * 2**62)
t(lambda: 'ab' * 2**61)
t(lambda: 'abc' * (2**63 // 3))
t(lambda: 'a'.center(2**62))
t(lambda: 'a'.ljust(2**62, 'x'))
t(lambda: 'a'.rjust(2**62))
t(lambda: 'a'.zfill(2**62))
t(lambda: '%*s' % (2**62, 'a'))
t(lambda: '{:>4611686018427387904}'.format('a'))
t(lambda: 'x'.replace('x', 'y' * 10, 2**63 - 1))
t(lambda: len('ab' * 2**20))
t(lambda: len('é'.center(10**6, '€')))
