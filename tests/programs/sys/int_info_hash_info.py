# sys.int_info and sys.hash_info (CPython's hash algorithm is 'siphash13').
import sys
ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold)
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(hi.modulus == 2**61 - 1, hash(hi.modulus) == 0, hash(float("inf")) == hi.inf, hash(1j) == hi.imag)
print(hash(-1) == -2, hash(2**61 + 3) == 4)
