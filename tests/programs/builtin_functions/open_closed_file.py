# Every operation on a closed file raises ValueError, with CPython's messages.
NAME = "builtin_functions/open_scratch_closed_file.txt"
open(NAME, "w").close()

CALLS = [("read", ()), ("readline", ()), ("readlines", ()), ("write", None), ("writelines", ([],)),
         ("tell", ()), ("seek", (0,)), ("flush", ()), ("fileno", ()), ("isatty", ()),
         ("readable", ()), ("writable", ()), ("seekable", ()), ("truncate", ()),
         ("__iter__", ()), ("__next__", ()), ("__enter__", ())]

for mode, buffering, data in [("r", -1, "x"), ("w", -1, "x"), ("r+", -1, "x"), ("rb", -1, b"x"),
                              ("wb", -1, b"x"), ("r+b", -1, b"x"), ("rb", 0, b"x"), ("wb", 0, b"x")]:
    f = open(NAME, mode, buffering=buffering)
    f.close()
    f.close()
    print(mode, buffering, f.closed, repr(f))
    for method, args in CALLS:
        try:
            result = getattr(f, method)(*(args if args is not None else (data,)))
        except (ValueError, OSError) as e:
            print("   ", method, type(e).__name__, e)
        else:
            print("   ", method, "->", result)
    with open(NAME, mode) as g:
        pass
    print(g.closed)
