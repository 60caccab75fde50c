# In-place operators: __iadd__ and friends, with fallback to __add__.
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        print("__iadd__", x)
        self.items.append(x)
        return self
    def __imul__(self, n):
        print("__imul__", n)
        return NotImplemented
    def __mul__(self, n):
        print("__mul__", n)
        return "multiplied"
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)

a = Acc()
orig = a
a += 1
a += 2
print(a is orig, a.items)
a *= 3
print(a)
o = OnlyAdd(1)
o2 = o
o += 5
print(o.v, o2.v, o is o2)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
x = 10
x //= 3; x **= 3; x -= 1; x %= 7; x <<= 2; x |= 1; x ^= 3; x &= 14; x >>= 1
print(x)
class NoIadd: pass
n = NoIadd()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
