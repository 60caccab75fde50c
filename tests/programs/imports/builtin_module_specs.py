# Built-in modules' specs, loaders and reprs; modules made by hand.
import sys
import builtins
print(sys.__spec__)
print(builtins.__spec__.name, builtins.__spec__.origin, builtins.__loader__)
print(repr(sys), repr(builtins))
print(sys.__package__ == "", sys.__spec__.parent == "")
print(sys.meta_path[-3:])
module = type(sys)("handmade")
print(module, module.__spec__, module.__loader__, module.__package__)
module.__file__ = "/nowhere/handmade.py"
print(module)
del module.__file__
module.__loader__ = "a loader"
print(module)
print("_imp" in sys.builtin_module_names, "sys" in sys.builtin_module_names)
print(sys.builtin_module_names == tuple(sorted(sys.builtin_module_names)))
import _imp
print(_imp.is_builtin("sys"), _imp.is_builtin("nothere"), _imp.is_frozen("sys"))
print(_imp.source_hash(3495, b"abc").hex(), _imp.source_hash(key=-5, source=b"").hex())
for key in (2**64, "x"):
    try:
        _imp.source_hash(key, b"abc")
    except (OverflowError, TypeError) as error:
        print(type(error).__name__ + ":", error)
print(_imp.lock_held(), _imp.check_hash_based_pycs)
