# Python 3.11 limits int<->str conversion of huge decimal numbers (4300 digits by default).
import sys
print(sys.get_int_max_str_digits())
ok = int("7" * 4300)
print(len(str(ok)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), hex(big)[:10])
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
