# str() and repr() of huge ints honour the 4300-digit limit.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
x = 10**4299
print(len(str(x)), len(repr(-x)))
for v in [10**4300, -(10**4300), 10**5000]:
    try:
        print(str(v))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(repr(10**4300))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print('%d' % 10**4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{10**4300}')
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10**5000)), len(bin(10**4400)), len(format(10**5000, 'x')))
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)))
try:
    print(str(10**5000))
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10**6000)), sys.get_int_max_str_digits())
for bad in [1, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10**639)))
try:
    print(str(10**640))
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits('5')
except TypeError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
