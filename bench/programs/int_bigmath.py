# Big-int arithmetic: digits of pi with Gibbons' unbounded spigot, and factorials.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

digits = pi_digits(5000)
print("".join(map(str, digits[:50])))
print(sum(digits), digits[-10:])

f = 1
for i in range(2, 3001):
    f *= i
print(f.bit_length(), f % 1000000007)
a, b = 0, 1
for _ in range(20000):
    a, b = b, a + b
print(a.bit_length(), a % 998244353)
