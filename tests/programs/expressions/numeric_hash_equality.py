# Numbers that compare equal hash equal, so they collide as dict keys and set members.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-0.5))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(1 + 0j) == hash(1), hash(2j), hash((1, 2)) == hash((1.0, 2.0)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(sorted({1, 1.0, True, 2, 2.0}), len({0, 0.0, -0.0, False}))
print({0.5: "half"}[0.5], {(1, "a"): 1}[(1.0, "a")])
