# list.sort is stable; key functions are called once per element.
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[0]))
by_both = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[0])
print(by_both)
calls = []
def key(x):
    calls.append(x)
    return -x
nums = [3, 1, 2]
nums.sort(key=key)
print(nums, calls)
print(sorted([3, 1, 2], reverse=True), sorted([(1, "b"), (1, "a")], reverse=True))
stable_rev = sorted([("x", 1), ("y", 1), ("z", 0)], key=lambda t: t[1], reverse=True)
print(stable_rev)
lst = [5, 4, 3]
try:
    lst.sort(key=lambda v: (lst.append(v), v)[1])
except ValueError as e:
    print("ValueError:", e)
