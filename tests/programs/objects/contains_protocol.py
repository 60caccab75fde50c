# __contains__, falling back to __iter__, then __getitem__.
class C:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
class I:
    def __iter__(self):
        print("iter")
        return iter([1, 2])
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(1 in C(), 2 in C(), 2 not in C())
print(2 in I(), 5 in I())
print(2 in G(), 9 in G())
class Truthy:
    def __contains__(self, x): return "non-empty"
print(0 in Truthy())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
print("ab" in "cabd", [1] in [[1]], (1, 2) in {(1, 2): 0})
nan = float("nan")
print(nan in [nan], [nan] == [nan])
