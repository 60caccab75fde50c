# _imp's frozen-module queries for a name that is not frozen, and the
# _frozen_importlib_external helpers zipimport imports.
import _imp
import _frozen_importlib_external as external
for args in [("nope",), (1,), ()]:
    try:
        _imp.get_frozen_object(*args)
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "name", None))
print(_imp.init_frozen("nope"), _imp.is_frozen("nope"))
print(external._unpack_uint16(b"\x01\x02"), external._unpack_uint32(b"\x01\x00\x00\x01"))
print(external._path_split("a/b/c"), external._path_split("c"), external.path_sep,
      external.path_separators)
print(external._path_stat(".").st_mode > 0)
ns = {}
external._fix_up_module(ns, "m", "/x/m.py")
print(sorted(ns), type(ns["__loader__"]).__name__, ns["__spec__"].name, ns["__cached__"])
