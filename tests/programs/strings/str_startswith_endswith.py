def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'hello world'
for p in ['', 'h', 'hello', 'hello world', 'hello world!', 'world', 'd', ('x', 'he'), ('x', 'y'), ()]:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 6), s.endswith(p, 0, 5), s.startswith(p, -5), s.endswith(p, -100, -6))
print(s.startswith('', 11), s.startswith('', 12), s.endswith('', 12), s.endswith('', 5, 4), s.startswith('', 5, 4))
print(''.startswith(''), ''.endswith(''), ''.startswith('', 1), ''.endswith('', 0, 0))
t(s.startswith, 1)
t(s.endswith, 1)
t(s.startswith, ['h'])
t(s.startswith, ('h', 1))
t(s.endswith, ('d', None))
t(s.startswith)
t(s.startswith, 'h', 'a')
t(s.startswith, 'h', None, None)
t(s.startswith, 'h', 0, 1, 2)
t(s.endswith, prefix='d')
print('äöü'.startswith('ä'), 'äöü'.endswith('ü', 1), 'äöü'.endswith('ö', 0, 2), '𝄞x'.startswith('x', 1))
