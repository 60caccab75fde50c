class Eq:
    def __init__(self, name, result): self.name, self.result = name, result
    def __eq__(self, other):
        print('eq', self.name)
        return self.result
    __hash__ = object.__hash__
a = Eq('a', False)
b = Eq('b', True)
print(a in [a])
print(a in [b])
print(b in [a])
print([a].count(a), [b, b].count(1))
print([a, b].index(b))
print([1, 2, 3].__contains__(2.0), 2.0 in (1, 2), 1 in [True], True in [1], 0 in [False], '' in [[]])
x = [1]
print(x in [x], [x] in [[x]], [1] in [[1]])
print(None in [None], None in [], ... in [...], NotImplemented in [NotImplemented])
print([1, [2, 3]].count([2, 3]), (1, (2,)).index((2,)))
class NoEq:
    __eq__ = None
    __hash__ = object.__hash__
n = NoEq()
print(n in [n])
try:
    print(n in [1])
except TypeError as e:
    print('TypeError', e)
