# Binary files: bytes in and out, positions, truncation, the buffered types.
NAME = "builtin_functions/open_scratch_binary_files.bin"

with open(NAME, "wb") as f:
    print(type(f).__name__, f.mode, f.name)
    print(f.write(b"abc\n"), f.write(bytearray(b"def\n")), f.write(memoryview(b"ghi")))
    print(f.tell())
    f.writelines([b"\n", b"\x00\xff\n"])
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)

with open(NAME, "rb") as f:
    print(type(f).__name__, f.mode)
    print(f.read(2), f.read(0), f.readline(), f.readline(2), f.readline())
    print(f.tell(), f.read(), f.read(), f.tell())
    print(f.seek(1), f.read(3), f.seek(-2, 2), f.read(), f.seek(-3, 1), f.read(1))
with open(NAME, "rb") as f:
    print(f.readlines())
with open(NAME, "rb") as f:
    print(f.readlines(5))
with open(NAME, "rb") as f:
    print(list(f))
with open(NAME, "rb") as f:
    print(f.read(None), f.read(-1))

with open(NAME, "r+b") as f:
    print(type(f).__name__, f.mode)
    print(f.read(4))
    f.write(b"DEF")
    print(f.tell(), f.read(2))
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate())
with open(NAME, "w+b") as f:
    print(f.mode, f.read())
    f.write(b"0123456789")
    print(f.seek(3), f.read(2), f.tell())
with open(NAME, "ab") as f:
    print(type(f).__name__, f.mode, f.tell())
    f.write(b"!")
with open(NAME, "a+b") as f:
    print(type(f).__name__, f.mode, f.read())
    f.seek(0)
    print(f.read())
with open(NAME, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd, f.read(3), f.readline(), f.read())
with open(NAME, "wb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.write(b"raw"))
with open(NAME, "rb") as f:
    print(f.read())
