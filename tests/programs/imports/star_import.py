# from m import * with and without __all__, and __all__ holding a non-str.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
from starry.with_all import *
print(shown, also_shown)
print("hidden" in globals(), "_private" in globals())
from starry.without_all import *
print(public, "_private" in globals(), "_sys_alias" in globals())
try:
    from starry.bad_all import *
except TypeError as error:
    print("TypeError:", error)
