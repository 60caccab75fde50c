# sys.version_info and its fields; sys.version starts with the same numbers.
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial == v[4])
print(v >= (3, 11), v < (3, 12), (v.major, v.minor) == (3, 11), len(v))
print(sys.version.startswith("3.11."), sys.hexversion >> 16 == 0x30B)
print(type(v).__name__, v.releaselevel in ("alpha", "beta", "candidate", "final"))
