def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


pairs = [('a', 'b'), ('a', 'a'), ('', 'a'), ('ab', 'a'), ('Z', 'a'), ('é', 'z'), ('€', '𝄞'), ('\ud800', '\ue000'), ('\uffff', '\U00010000'), ('abc', 'abd'), ('a\x00', 'a')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print('a' == 1, 'a' != 1, '1' == 1, 'a'.__eq__(1), 'a'.__lt__(1), 'a'.__ne__('a'))
t(lambda: 'a' < 1)
t(lambda: 'a' >= None)
t(lambda: 1 > 'a')
t(lambda: 'a' <= b'a')
t(lambda: 'a' > ['a'])
print(sorted(['b', 'A', 'a', 'é', 'E', '€', '', 'aa', '\U0001f600', '\ud800']))
print(max('hello'), min('hello'), max(['ä', 'z']))
