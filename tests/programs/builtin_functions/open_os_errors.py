# The OSError subclasses open() raises, with errno, strerror and filename.
NAME = "builtin_functions/open_scratch_os_errors.txt"
open(NAME, "w").close()

for args in [("missing_file.txt",), ("missing_dir/file.txt", "w"), (b"missing_bytes.txt",),
             (".",), (".", "w"), ("builtin_functions", "rb"), (NAME, "x"), (NAME, "xb")]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename), e.args)
        print(" ", str(e))

for fd in [-1, 12345]:
    try:
        open(fd)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)

try:
    open("missing_file.txt")
except FileNotFoundError as e:
    print(isinstance(e, OSError), e.filename2)

open("missing_file.txt")
