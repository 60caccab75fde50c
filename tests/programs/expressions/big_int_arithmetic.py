# Arbitrary-precision integers: arithmetic, printing, bit operations.
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a >> 190, a << 10, (a | b) & 0xFFFF, a ^ b)
print(~a, -a, abs(-b))
print(a.bit_length(), b.bit_length(), (a - 1).bit_count())
fact = 1
for i in range(1, 51):
    fact *= i
print(fact)
print(len(str(fact)), str(fact).count("0"))
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 7))
print(int("9" * 60) + 1)
print(hex(a), oct(b)[:20], bin(12345678901234567890))
print(10 ** 50 == 100000000000000000000000000000000000000000000000000, 10 ** 50 > 10 ** 49)
print(round(123456789123456789, -5), round(-(2 ** 70), -10))
print(divmod(-(10 ** 30), 7))
print(sum(range(10 ** 6)))
x = 1
for _ in range(70):
    x = x * 3 + 1
print(x, x % 1000)
