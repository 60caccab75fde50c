# Huge int arithmetic works even when printing it is refused by the digit limit.
import sys
n = 7 ** 20000
try:
    print(n)
except ValueError as e:
    print("ValueError:", str(e)[:40])
print(n.bit_length(), n % 10**9, n > 10**16000)
print(len(hex(n)), hex(n)[:12])
