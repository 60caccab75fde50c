# Big-int arithmetic: digit counts and exact results.
n = 2 ** 10000
s = str(n)
print(len(s), s[:20], s[-20:])
f = 1
for i in range(2, 1001):
    f *= i
fs = str(f)
print(len(fs), fs[:15], len(fs) - len(fs.rstrip("0")))
print((3 ** 5000) % 1000007, pow(7, 10**18, 10**9 + 7), (2**4000 - 1) // (2**2000 + 1) == 2**2000 - 1)
a = 123456789 ** 50
b = 987654321 ** 40
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, len(str(q)))
print(-(2**200) // 3, -(2**200) % 3, (2**200) ^ (2**199), (2**300) >> 290)
print(int("9" * 1000) + 1 == 10 ** 1000, sum(int(d) for d in str(2**1000)))
