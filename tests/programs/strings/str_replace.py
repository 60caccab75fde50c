def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'one two one two one'
print(s.replace('one', '1'))
print(s.replace('one', '1', 0), s.replace('one', '1', 1), s.replace('one', '1', 2), s.replace('one', '1', -1), s.replace('one', '1', 100))
print(repr(''.replace('', 'x')), repr('abc'.replace('', '-')), repr('abc'.replace('', '-', 2)), repr('abc'.replace('', '')))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('a', ''), 'äöä'.replace('ä', 'ae'), '𝄞𝄞'.replace('𝄞', 'x', 1))
print(repr(''.replace('a', 'b')), repr(''.replace('', 'b', 0)), repr('abc'.replace('abc', '')), 'abc'.replace('x', 'y'))
t(s.replace)
t(s.replace, 'a')
t(s.replace, 1, 'a')
t(s.replace, 'a', 1)
t(s.replace, 'a', 'b', 'c')
t(s.replace, 'a', 'b', 1.5)
t(s.replace, 'a', 'b', 1, 2)
t(s.replace, 'one', 'x', 2**70)
t(s.replace, 'one', 'x', -2**70)
t(s.replace, old='one', new='x')
