def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(str.maketrans('abc', 'xyz'))
print(str.maketrans('abc', 'xyz', 'd'), str.maketrans('', '', 'äb'), str.maketrans('', ''))
print(str.maketrans({'a': 'b', 98: None, 'ä': 1}))
print(str.maketrans({}), 'x'.maketrans('a', 'b'))
t(str.maketrans)
t(str.maketrans, 'ab', 'c')
t(str.maketrans, 'a')
t(str.maketrans, {'ab': 1})
t(str.maketrans, {1.5: 1})
t(str.maketrans, [1])
t(str.maketrans, 1, 2)
t(str.maketrans, 'a', 1)
t(str.maketrans, 'a', 'b', 1)
t(str.maketrans, 'a', 'b', 'c', 'd')
t(str.maketrans, {'': 1})
t(str.maketrans, {'a': 1}, 'b')
print(str.maketrans('aa', 'bc'), str.maketrans('𝄞', 'x'))
