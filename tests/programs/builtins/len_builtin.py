# len() of builtins and objects, and its errors.
print(len(""), len("héllo"), len("\U0001f600"), len(b"ab"), len([1, 2]), len((1,)),
      len({1: 2}), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)), len(range(10, 0)),
      len(frozenset("aab")), len(bytearray(3)), len({}.keys()), len(dict(a=1).items()))
class L:
    def __len__(self): return 7
print(len(L()))
for bad in (5, None, 1.5, iter([]), (x for x in [])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
class Big:
    def __len__(self): return 2**64
try:
    len(Big())
except OverflowError as e:
    print("OverflowError:", e)
class Flt:
    def __len__(self): return 1.0
try:
    len(Flt())
except TypeError as e:
    print("TypeError:", e)
