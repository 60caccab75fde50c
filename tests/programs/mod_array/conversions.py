# array item conversion for every type code: the values kept and the errors
# of out-of-range and wrongly typed items, as CPython words them.
from array import array


class Index:
    def __index__(self):
        return 5


class Float:
    def __float__(self):
        return 2.5


values = [0, 1, -1, 127, 128, -129, 255, 256, 2**15, -2**15 - 1, 2**16, 2**31, -2**31 - 1, 2**32,
          2**63 - 1, 2**63, -2**63 - 1, 2**64, 10**30, 1.5, "a", None, True, Index(), Float()]
for code in "bBhHiIlLqQfdu":
    for value in values:
        try:
            result = repr(array(code, [value]))
        except Exception as e:
            result = f"{type(e).__name__}: {e}"
        print(code, repr(value) if not isinstance(value, (Index, Float)) else type(value).__name__,
              result)
print(array("f", [1e40]), array("f", [0.1]), array("d", [float("nan"), -0.0]))
