# Text positions: tell() cookies round-trip through seek(), the seek rules.
NAME = "builtin_functions/open_scratch_seek_tell.txt"

with open(NAME, "w") as f:
    f.write("ab\nçé€\n𝄞 last\n")
    print(f.tell())

with open(NAME) as f:
    marks = []
    while True:
        position = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((position, line))
    print(marks)
    for position, line in reversed(marks):
        print(f.seek(position), f.readline() == line)
    f.seek(0)
    print(repr(f.read(4)), repr(f.read(2)))
    here = f.tell()
    rest = f.read()
    f.seek(here)
    print(f.read() == rest)
    print(f.seek(0, 2) == marks[-1][0] + len(marks[-1][1].encode()))
    print(repr(f.read()), f.seek(0, 1) == f.tell())
    for offset, whence in [(1, 1), (-1, 2), (-1, 0), (0, 3), (0, -1)]:
        try:
            f.seek(offset, whence)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)

with open(NAME) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
        break
    f.seek(0)
    print(f.tell())
    for line in f:
        pass
    print(f.tell())

with open(NAME, "r+") as f:
    f.seek(1)
    f.write("X")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(2)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(1), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
