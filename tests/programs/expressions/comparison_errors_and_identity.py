# Ordering comparisons between unrelated types raise TypeError; == falls back to identity.
for expr in ["1 < 'a'", "[] > ()", "None < None", "{} <= {}", "3.0 >= 'x'", "object() < object()"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)

class Plain:
    pass

p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p, p is not q)
print(1 == 1.0, "a" == "a", [1, 2] == [1, 2], (1, [2]) == (1, [2]))
nan = float("nan")
print(nan == nan, nan != nan, [nan] == [nan], nan in [nan])
print(None == 0, None is None, 0 == False, "" == False)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a", [] < [0])

class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("__eq__")
        return isinstance(other, Cmp) and self.v == other.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2))
print(1 in [1.0], "b" in "abc", "" in "abc", 3 not in range(3), "k" in {"k": 1})
