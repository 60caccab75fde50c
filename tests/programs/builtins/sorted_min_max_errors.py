# Error messages of sorted/min/max.
cases = [
    lambda: min([]), lambda: max(()), lambda: min(), lambda: max(1),
    lambda: sorted([1, "a"]), lambda: max(1, "a"), lambda: min([1, 2], default=0, key=None, x=1),
    lambda: max(1, 2, default=0), lambda: sorted([3, 1], lambda x: x),
    lambda: sorted([1, None]), lambda: [2, 1j].sort(),
]
for c in cases:
    try:
        c()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
