def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(repr(','.join([])), repr(','.join(['a'])), ','.join(['a', 'b', 'c']), ''.join(['x', 'y']))
print('ä'.join('abc'), '-'.join(iter(['p', 'q'])), '-'.join(('1', '2')), '-'.join({'k': 1, 'j': 2}))
print('𝄞'.join(['', '', '']), repr(''.join([''] * 5)))
class S(str): pass
r = '.'.join([S('a'), S('b')])
print(type(r).__name__, r)
r = ''.join([S('a')])
print(type(r).__name__, r)
t(','.join, ['a', 1])
t(','.join, [1, 'a'])
t(','.join, ['a', 'b', None])
t(','.join, [b'a'])
t(','.join, 5)
t(','.join, None)
t(','.join)
t(','.join, ['a'], ['b'])
t(','.join, iterable=['a'])
def gen():
    yield 'a'
    raise ValueError('boom')
t(','.join, gen())
