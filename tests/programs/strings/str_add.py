def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print('a' + 'b', '' + '', 'ä' + '𝄞', 'ab'.__add__('c'), 'ab'.__add__(1) if False else '')
t('ab'.__add__, 1)
t(lambda: 'a' + 1)
t(lambda: 1 + 'a')
t(lambda: 'a' + None)
t(lambda: 'a' + b'b')
t(lambda: 'a' + ['b'])
t('a'.__add__)
class S(str): pass
r = S('a') + S('b')
print(type(r).__name__, r)
class R:
    def __radd__(self, o): return 'radd:' + o
print('x' + R())
s = ''
for i in range(100):
    s += str(i % 10)
print(s, len(s))
s2 = s
s += 'END'
print(s2[-3:], s[-5:])
