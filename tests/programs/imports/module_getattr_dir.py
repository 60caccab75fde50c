# Module __getattr__ and __dir__ (PEP 562).
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
import getattr_mod.lazy as lazy
print(lazy.eager, lazy.lazy_value, getattr(lazy, "lazy_x"))
print(dir(lazy))
try:
    lazy.other
except AttributeError as error:
    print("AttributeError:", error)
from getattr_mod.lazy import lazy_imported
print(lazy_imported)
try:
    from getattr_mod.lazy import nope
except ImportError as error:
    print("ImportError:", str(error).replace(__file__.rpartition("/")[0], "DIR"))
