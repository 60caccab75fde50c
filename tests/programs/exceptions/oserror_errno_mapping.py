# OSError(errno, strerror) picks a subclass from the errno.
cases = [(2, "No such file"), (13, "denied"), (17, "exists"), (20, "notdir"),
         (21, "isdir"), (32, "pipe"), (4, "intr"), (11, "again"), (10, "child"),
         (3, "srch"), (110, "timedout"), (111, "refused"), (104, "reset"),
         (103, "aborted"), (1, "eperm"), (9999, "unknown")]
for errno, msg in cases:
    e = OSError(errno, msg)
    print(errno, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, e.filename, str(e), repr(e))
e = OSError(2, "x", "a", None, "b")
print(str(e), e.filename2)
print(type(OSError("just one")).__name__, OSError("just one").errno)
print(type(FileNotFoundError(13, "x")).__name__)
print(str(OSError()), repr(OSError(1, 2, 3, 4, 5, 6)))
