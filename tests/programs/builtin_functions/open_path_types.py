# What open() accepts as a file: str, bytes, os.PathLike, a descriptor.
NAME = "builtin_functions/open_scratch_path_types.txt"
with open(NAME, "w") as f:
    f.write("contents\n")


class Path:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


for file in [NAME, NAME.encode(), Path(NAME), Path(NAME.encode())]:
    with open(file) as f:
        print(type(file).__name__, repr(f.name) if not isinstance(file, Path) else f.name is file, repr(f.read()))

for bad in [None, 3.5, [NAME], Path(3), Path(None), NAME + "\0", NAME.encode() + b"\0"]:
    try:
        open(bad)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

f = open(NAME)
fd = f.fileno()
print(type(fd).__name__, fd >= 3)
g = open(fd, closefd=False)
print(g.name == fd, g.read())
print(repr(g).replace(str(fd), "FD"))
g.close()
print(f.read(), f.closed)
f.close()

calls = []
keeper = open(NAME)


def opener(path, flags):
    calls.append((path, flags))
    return keeper.fileno()


h = open(NAME, opener=opener)
print(calls, h.name, h.read())
h.close()
try:
    keeper.close()
except OSError as e:
    print(type(e).__name__, e, keeper.closed)
for bad_opener in [lambda path, flags: -5, lambda path, flags: "x", 3]:
    try:
        open(NAME, opener=bad_opener)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
