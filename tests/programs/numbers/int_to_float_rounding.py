# int -> float conversion and int / int round half to even, up to overflow.
for v in [2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1, -(2**53 + 1), 2**1023 * 3 // 2,
          2**1024 - 2**971, 2**1024 - 2**970 - 1]:
    print(v % 10**6, repr(float(v)), repr(v * 1.0), float(v) == v)
for v in [2**1024 - 2**970, 2**1024, -(2**1024)]:
    try:
        print(float(v))
    except OverflowError as e:
        print(type(e).__name__, e)
for a, b in [(1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1075 - 1), (2**1100, 2**50), (2**1100 + 1, 3**600), (-(10**330), 10**20), (7, 10**330),
             (2**1024, 2), (2**1025 - 1, 2), (10**20, 3), (-(10**20), 7)]:
    try:
        print(repr(a / b))
    except OverflowError as e:
        print(type(e).__name__, e)
