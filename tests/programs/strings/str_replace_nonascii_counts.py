def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'äöü' * 4
print(s.replace('ö', '𝄞'), s.replace('äö', ''), s.replace('ü', 'UE', 2), s.replace('', '|', 3), s.replace('äöüä', 'X'))
print('𝄞'.replace('', '.'), 'aaa'.replace('a', 'aa'), 'aaa'.replace('aa', 'a'), 'abab'.replace('ab', 'ba', -5))
class S(str): pass
for r in [S('abc').replace('b', 'B'), S('abc').replace('x', 'y'), S('abc').replace('b', 'b', 0)]:
    print(type(r).__name__, r)
class I:
    def __index__(self): return 1
print('aaa'.replace('a', 'b', I()))
