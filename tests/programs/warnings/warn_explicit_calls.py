# warn_explicit: the caller gives the file, line, module and registry.
import _warnings

registry = {}
_warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 3, registry=registry)
_warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 3, registry=registry)
print(registry)
_warnings.warn_explicit("no registry", UserWarning, "somewhere.py", 4)
_warnings.warn_explicit("no registry", UserWarning, "somewhere.py", 4)
_warnings.warn_explicit("module None is ignored", UserWarning, "x.py", 1, None)
_warnings.warn_explicit("empty file name", UserWarning, "", 0)
_warnings.warn_explicit(RuntimeWarning("instance"), UserWarning, "inst.py", 2)
_warnings.warn_explicit("deprecated", DeprecationWarning, "lib.py", 5, module="lib")
_warnings.warn_explicit("deprecated", DeprecationWarning, "lib.py", 6, module="__main__")
_warnings.warn_explicit("deprecated by file name", DeprecationWarning, "__main__.py", 7)

class Loader:
    def get_source(self, name):
        return "first line\n    second line\n"
globals_with_loader = {"__loader__": Loader(), "__name__": "loaded"}
_warnings.warn_explicit("with module_globals", UserWarning, "loaded.py", 2,
                        module_globals=globals_with_loader)

def attempt(*args, **kwargs):
    try:
        _warnings.warn_explicit(*args, **kwargs)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt("m", UserWarning, 5, 1)
attempt("m", UserWarning, "f.py", "1")
attempt("m", UserWarning, "f.py", 1.0)
attempt("m", UserWarning, "f.py", 2**31)
attempt("m", UserWarning, "f.py", -2**31 - 1)
attempt("m", UserWarning, "f.py", 2**64)
attempt("m", UserWarning, "f.py")
attempt("m", UserWarning, "f.py", 1, registry=[])
attempt("m", UserWarning, "f.py", 1, module_globals=[])
attempt("m", UserWarning, "f.py", 3, module_globals=globals_with_loader)
attempt("m", UserWarning, "f.py", 0, module_globals=globals_with_loader)
attempt("m", int, "f.py", 1)
attempt("m", None, "f.py", 1)
attempt("m", UserWarning, "f.py", 1, unknown=1)
attempt("m", UserWarning, "f.py", 1, None, None, None, None, None)
attempt(message="m", category=UserWarning, filename="kw.py", lineno=9)
