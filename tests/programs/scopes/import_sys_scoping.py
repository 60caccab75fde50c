# import binds a name in the current scope; functions need their own import or the global.
def local_import():
    import sys as s
    return s.maxsize > 0, "s" in locals()
print(local_import())
try:
    s
except NameError as e:
    print("NameError:", e)
import sys
def uses_global_sys():
    return sys.version_info[:2]
print(uses_global_sys())
def shadow():
    sys = "not the module"
    return sys
print(shadow(), type(sys).__name__)
from sys import maxsize as M
print(M == sys.maxsize)
print(sys.argv)
