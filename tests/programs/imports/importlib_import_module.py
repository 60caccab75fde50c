# importlib.import_module, absolute and relative, and importlib.invalidate_caches.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
import importlib
square = importlib.import_module("shapes.flat.square")
print(square.__name__, square.SIDES)
print(importlib.import_module(".circle", "shapes.flat").__name__)
print(importlib.import_module("..sibling", "rel.inner").VALUE)
for args in [("..x", None), (".x", ""), ("nothere_at_all",), ("...x", "rel.inner")]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError) as error:
        print(type(error).__name__ + ":", error)
importlib.invalidate_caches()
print(importlib.import_module("plain").GREETING)
print(importlib.__import__("plain").__name__)
import importlib._bootstrap as bootstrap
print(bootstrap.__name__, bootstrap.ModuleSpec is type(sys.__spec__))
