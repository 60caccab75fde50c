# >> on ints floors for negatives.
for a in [0, 1, -1, 5, -5, 255, -256, -257, 2**48, -2**48, 2**100 + 1, -2**100 - 1, -(2**100)]:
    print(a, [a >> n for n in (0, 1, 2, 7, 8, 47, 48, 49, 64, 99, 100, 101, 1000)])
print(-1 >> 2**100, 1 >> 2**100, -(2**200) >> 2**70)
for a, n in [(1, -1), (0, -1), (-5, -2**70)]:
    try:
        print(a >> n)
    except ValueError as e:
        print(type(e).__name__, e)
for a, n in [(1, 1.0), (None, 1)]:
    try:
        print(a >> n)
    except TypeError as e:
        print(type(e).__name__, e)
print(True >> 1, 6 >> True)
