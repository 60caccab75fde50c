# sys.float_info fields.
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(fi.max == 1.7976931348623157e308, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(len(fi), fi[0] == fi.max, type(fi).__name__)
print(sys.float_repr_style)
