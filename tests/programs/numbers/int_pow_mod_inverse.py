# pow(b, negative, m) computes a modular inverse.
for b, e, m in [(3, -1, 7), (3, -2, 7), (-3, -1, 7), (3, -1, -7), (2, -1, 2**61 - 1), (10**20, -3, 10**9 + 7),
                (5, -1, 1), (5, -1, -1), (1, -1, 2), (38, -1, 97)]:
    r = pow(b, e, m)
    print(b, e, m, r, (r * pow(b, -e, m)) % m == 1 % m)
for b, e, m in [(2, -1, 4), (0, -1, 5), (6, -2, 9), (2**100, -1, 2**10)]:
    try:
        print(pow(b, e, m))
    except ValueError as e2:
        print(type(e2).__name__, e2)
