# any() and all() short-circuit.
def check(v):
    print("check", v)
    return v
print(any(check(v) for v in [0, 0, 3, 4]))
print(all(check(v) for v in [1, 2, 0, 4]))
print(any([]), all([]), any([0, ""]), all([1, "a"]), any(iter([None, [1]])))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))
