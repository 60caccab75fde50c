def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print({} == {}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 2})
print({1: 2} == [(1, 2)], {1.0: 2} == {1: 2.0}, {1: 2} == {1: 2, 3: 4})
t(lambda: {} < {})
t(lambda: {1: 2} <= {1: 2})
t(lambda: {} > 1)
t(lambda: hash({}))
nan = float('nan')
print({1: nan} == {1: nan})
x = {1: nan}
print(x == x, x == dict(x))
print(dict.__eq__({}, []), dict.__ne__({}, {}), dict.__lt__({}, {}))
class E:
    def __eq__(self, o):
        raise ValueError('eq')
    def __hash__(self): return 0
t(lambda: {1: E()} == {1: E()})
print({1: [1, 2]} == {1: [1, 2]}, {'é': 1} == {'é': 1})
print(dict.__hash__)
