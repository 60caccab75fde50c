# Ints beyond 32 bits are TYPE_LONG ('l'): a signed count of 15-bit digits,
# then the digits, least significant first.
import marshal


def show(value, version=4):
    print(value, version, marshal.dumps(value, version))


for value in [2**31, -2**31 - 1, 2**32, 2**45 - 1, 2**45, -2**45, 2**48, 2**49, -2**49,
              2**60 + 12345, 2**63 - 1, -2**63, 2**64, 2**100 + 7, -(2**200) + 1, 10**50]:
    show(value)
for version in range(5):
    show(2**40, version)
big = 7**300
data = marshal.dumps(big)
print(len(data), data[:12], marshal.loads(data) == big)
