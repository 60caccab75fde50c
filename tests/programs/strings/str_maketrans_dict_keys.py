def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(str.maketrans({'a': 1, 'b': '2', 'c': None, 100: 'D', 0x10ffff: 'z'}))
t(str.maketrans, {'aa': 1})
t(str.maketrans, {(): 1})
t(str.maketrans, {None: 1})
t(str.maketrans, {True: 'x'})
t(str.maketrans, 'abc', 'ab')
t(str.maketrans, b'ab', b'cd')
t(str.maketrans, 'ab', 'cd', None)
print(str.maketrans('ab', 'cd', ''), str.maketrans('', '', 'xyz'))
t(str.maketrans, x='a')
t(str.maketrans, 'a', y='b')
