# << on ints: big results, negative counts, huge counts.
for a in [0, 1, -1, 3, -3, 2**47, -2**47, 2**100, -2**100]:
    print([a << n for n in (0, 1, 2, 15, 16, 47, 48, 49, 63, 64, 100)])
print(1 << True, True << 3, False << 100)
for a, n in [(1, -1), (0, -1), (2**80, -5)]:
    try:
        print(a << n)
    except ValueError as e:
        print(type(e).__name__, e)
print(0 << 2**100)
for a, n in [(1, 2.0), (1.0, 2), ('a', 1)]:
    try:
        print(a << n)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(1 << 2**100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
