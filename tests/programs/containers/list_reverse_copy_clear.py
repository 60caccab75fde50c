def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in range(5):
    l = list(range(n))
    r = l.copy()
    l.reverse()
    print(n, l, r, l[::-1] == r)
l = [[1], [2]]
c = l.copy()
c[0].append('shared')
print(l, c, c is l, c[0] is l[0])
l.clear(); print(l, c)
x = [1, 2, 3]
alias = x
x.clear(); print(alias, len(alias))
t(lambda: list.copy(()))
t(lambda: list.reverse(()))
t(lambda: list.clear('x'))
t(lambda: list.reverse())
class L(list): pass
c = L([1]).copy()
print(type(c).__name__, c)
print([].copy(), [None].copy())
s = ['é', 'a', '😀']
s.reverse(); print(s)
