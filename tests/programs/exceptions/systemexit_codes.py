# SystemExit.code for various arguments (caught, so the program continues).
for args in [(), (None,), (0,), (3,), ("message",), (1, 2), (True,)]:
    e = SystemExit(*args)
    print(args, "->", repr(e.code), repr(str(e)))
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught", e.code)
try:
    exit_called = True
    raise SystemExit
except BaseException as e:
    print(type(e).__name__, e.code)
print(isinstance(SystemExit(), Exception))
