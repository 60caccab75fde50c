# sys.float_info, sys.int_info, sys.hash_info and sys.maxsize.
import sys
print(sys.float_info)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix, sys.float_info.rounds)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.hash_bits)
print(sys.maxsize, sys.maxsize == 2**63 - 1, hash(sys.maxsize), hash(float('inf')) == sys.hash_info.inf, hash(1j) == sys.hash_info.imag)
print(sys.float_repr_style, len(sys.float_info), sys.float_info[0] == sys.float_info.max)
