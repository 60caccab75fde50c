# range(): negative steps, len, indexing, slicing, membership, repr, equality.
r = range(10, -5, -3)
print(list(r), len(r), r[0], r[-1], r[2])
print(r[1:3], r[::-1], list(r[::2]), r[100:])
print(range(0, 10, 2).index(4), range(5).count(3), 7 in range(0, 10, 7), 3 in range(0, 10, 2))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 5, 2) == range(1, 6, 2))
print(repr(range(3)), repr(range(1, 4)), repr(range(1, 4, -1)), range(-3).start, range(-3).stop)
big = range(-10**20, 10**20)
print(big[-1], big[10**19], 5 in big, big.index(0))
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(list(range(5, 0, -1)), list(range(0, -5, -2)), list(range(3, 3)))
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
r = range(2, 20, 3)
print(r.start, r.stop, r.step, reversed(r).__class__.__name__, list(reversed(r)))
