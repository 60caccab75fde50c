# sys.implementation.name differs between interpreters ('cpython' vs 'krait'), so
# only the membership test is printed: it is True under both, and the expected
# output recorded from CPython stays valid for Krait.
import sys
print(sys.implementation.name in ("cpython", "krait"))
print(sys.implementation.version[:2] >= (0, 0))
print(type(sys.implementation.cache_tag).__name__ in ("str", "NoneType"))
