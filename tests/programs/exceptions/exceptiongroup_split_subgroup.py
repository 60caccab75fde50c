# split() and subgroup() by type, tuple of types, and predicate, keeping the tree.
eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("nested", [ValueError("v2"), KeyError("k")]),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, LookupError))))
m, r = eg.split((ValueError, TypeError, KeyError))
print(m is eg, r)
m, r = eg.split(OSError)
print(m, r is eg)
print(eg.subgroup(lambda e: True) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested")))
