# int(str) of huge digit strings honours the 4300-digit limit (not for power-of-two bases).
import sys
s = '9' * 4300
print(int(s) % 1000, int('-' + s) % 1000, int('1_' + s[2:]) % 7)
for t in ['1' * 4301, '-' + '1' * 4301, '+' + '1' * 5000, ' ' + '1' * 4301 + ' ', '1_' * 2200 + '1']:
    try:
        print(int(t))
    except ValueError as e:
        print(type(e).__name__, e)
print(int('f' * 5000, 16) % 10, int('1' * 20000, 2) % 10, int('7' * 6000, 8) % 10)
for b in [3, 10, 36]:
    try:
        print(int('1' * 4301, b))
    except ValueError as e:
        print(b, type(e).__name__, e)
try:
    print(int(b'1' * 4301))
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(int('1' * 5000) % 97)
sys.set_int_max_str_digits(700)
try:
    print(int('1' * 701))
except ValueError as e:
    print(type(e).__name__, e)
print(int('1' * 700) % 97)
