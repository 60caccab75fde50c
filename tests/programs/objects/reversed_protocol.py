# reversed() uses __reversed__, else __len__ + __getitem__.
class R:
    def __reversed__(self):
        return iter("cba")
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(R())))
print(list(reversed(Seq())))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed("xyz")), list(reversed({"a": 1, "b": 2})))
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
class NoRev:
    __reversed__ = None
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
