# sys.intern returns a canonical string object.
import sys
a = "".join(["hel", "lo world!"])
b = "".join(["hello", " world!"])
print(a == b, sys.intern(a) is sys.intern(b), sys.intern(a) == a)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
class S(str): pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError:", e)
