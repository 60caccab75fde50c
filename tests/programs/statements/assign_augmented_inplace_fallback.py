# += uses __iadd__ when defined (mutating), else falls back to __add__ (rebinding).
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)

t = (1, 2)
alias_t = t
t += (3,)
print(t, alias_t, t is alias_t)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("__add__")
        return OnlyAdd(self.v + other)

class WithIadd(OnlyAdd):
    def __iadd__(self, other):
        print("__iadd__")
        self.v += other
        return self

class IaddNotImplemented(OnlyAdd):
    def __iadd__(self, other):
        print("__iadd__ returns NotImplemented")
        return NotImplemented

for cls in (OnlyAdd, WithIadd, IaddNotImplemented):
    x = cls(1)
    y = x
    x += 10
    print(cls.__name__, x.v, y.v, x is y)

try:
    n = 1
    n += "s"
except TypeError as e:
    print("TypeError:", e)

tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e, "- but the list changed:", tup)
