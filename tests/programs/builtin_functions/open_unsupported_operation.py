# io.UnsupportedOperation: reading a write-only file, writing a read-only one.
NAME = "builtin_functions/open_scratch_unsupported_operation.txt"
open(NAME, "w").close()

for mode, method, args in [("w", "read", ()), ("w", "readline", ()), ("w", "readlines", ()),
                           ("r", "write", ("x",)), ("r", "writelines", (["x"],)), ("r", "truncate", ()),
                           ("wb", "read", ()), ("wb", "readline", ()), ("rb", "write", (b"x",)),
                           ("rb", "truncate", ()), ("ab", "read", (1,)), ("rb", "writelines", ([b"x"],)),
                           ("rb", "readable", ()), ("rb", "writable", ()), ("wb", "readable", ()),
                           ("wb", "writable", ()), ("rb", "seekable", ()),
                           ("wb", "read", ()), ("rb", "write", (b"",))]:
    with open(NAME, mode) as f:
        try:
            result = getattr(f, method)(*args)
        except OSError as e:
            print(mode, method, type(e).__module__, type(e).__name__, repr(e.args), e.errno)
            error_type = type(e)
        else:
            print(mode, method, "->", result)
    with open(NAME, mode, buffering=0 if "b" in mode else -1) as f:
        try:
            getattr(f, method)(*args)
        except OSError as e:
            print("   unbuffered:", type(e).__name__, e)

print(error_type.__name__, error_type.__qualname__, error_type.__module__)
print([t.__name__ for t in error_type.__mro__])
print(issubclass(error_type, OSError), issubclass(error_type, ValueError))
try:
    open(NAME, "w").read()
except ValueError as e:
    print("caught as ValueError:", e)

with open(NAME) as f:
    f.write("uncaught")
