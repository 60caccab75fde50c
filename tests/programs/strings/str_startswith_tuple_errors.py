def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'abcdef'
print(s.startswith(('x', 'ab', 'c')), s.endswith(('ef', 'x')), s.startswith(('',)), s.endswith(()), s.startswith(('d',), 3), s.endswith(('c',), 0, 3))
t(s.startswith, ('a', 1))
t(s.startswith, (1, 'a'))
t(s.endswith, (None,))
t(s.startswith, [])
t(s.startswith, b'a')
t(s.endswith, {'a'})
t(s.startswith, (('a',),))
t(s.startswith, 'a', 1.5)
print(s.startswith('c', 2**70), s.startswith('a', -2**70), s.endswith('f', None, 2**70))
