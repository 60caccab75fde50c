# The attributes, predicates and reprs of text and binary files.
NAME = "builtin_functions/open_scratch_attributes.txt"
open(NAME, "w").close()

for mode in ["r", "w", "a", "r+", "w+", "a+", "rt", "rb", "wb", "ab", "r+b", "w+b", "a+b"]:
    with open(NAME, mode) as f:
        print(mode.ljust(4), type(f).__name__.ljust(14), repr(f.mode).ljust(6), repr(f.name), repr(f),
              f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
        if "b" not in mode:
            print("     ", f.encoding, f.errors, f.line_buffering, f.newlines, repr(f.buffer),
                  f.buffer.mode)
        else:
            print("     ", hasattr(f, "encoding"), hasattr(f, "buffer"))

with open(NAME, buffering=1) as f:
    print(f.line_buffering)
with open(NAME, "rb", buffering=0) as f:
    print(repr(f), f.closefd)
with open(NAME, "w") as f:
    print(type(f).__qualname__, f.__enter__() is f, iter(f) is f)
print(repr(f))
g = open(NAME, "rb")
g.close()
print(repr(g))
h = open(NAME, "rb", buffering=0)
h.close()
print(repr(h))
