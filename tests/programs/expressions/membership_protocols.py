# in uses __contains__, then __iter__, then __getitem__.
class WithContains:
    def __contains__(self, item):
        print("__contains__", item)
        return item == 42

class WithIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])

class WithGetitem:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i * 2

class Nothing:
    pass

print(42 in WithContains(), 1 in WithContains(), 1 not in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(8 in WithGetitem(), 7 in WithGetitem())
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
class TruthyContains:
    def __contains__(self, item):
        return "non-empty"
print(1 in TruthyContains())
print("ab" in "xaby", b"a" in b"abc", 97 in b"abc", [1] in [[1]], (1, 2) in {(1, 2): 0})
