# and/or return one of their operands and evaluate the right side only when needed.
def v(label, x):
    print("eval", label)
    return x

print(repr(v("a", 0) and v("b", 1)))
print(repr(v("a", 2) and v("b", 3)))
print(repr(v("a", "") or v("b", "default")))
print(repr(v("a", "set") or v("b", "never")))
print(repr(None or [] or {} or 0))
print(repr(1 and "x" and [1]))
print(repr(v("a", 1) and v("b", 0) or v("c", "c")))
print(repr(not 0), repr(not "x"), repr(not None))
print(repr(0 or None), repr(None and 1))

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__", self.v)
        return self.v
    def __repr__(self):
        return f"B({self.v})"

print(B(True) and B(False) and B(True))
print(B(False) or B(True) or B(False))
print(not B(True))
result = B(True) if B(False) else B(True)
print(result)
