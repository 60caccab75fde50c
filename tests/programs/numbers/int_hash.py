# hash() of ints is reduction modulo 2**61 - 1, with hash(-1) == -2.
M = 2**61 - 1
for a in [0, 1, -1, -2, 2, 10**18, 2**60, 2**61 - 2, M, M + 1, -M, -M - 1, 2**61, 2**62, 2**64, -(2**64), 10**100, -(10**100),
          2**48, -2**48, 2**48 - 1, -(2**48) - 1, True, False]:
    print(a, hash(a))
print(hash(M - 1) == M - 1, hash(2 * M) == 0, hash(-2 * M - 1), (123).__hash__())
class Sub(int):
    pass
print(hash(Sub(-1)), hash(Sub(2**70)))
