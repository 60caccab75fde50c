# FileIO and the buffered files over it, on a file in /tmp named after the
# process id: modes, closefd, opener, readinto, readall, reprs, OSErrors.
import io
import os

path = "/tmp/krait_mod_io_%d.bin" % os.getpid()
try:
    f = io.FileIO(path, "w")
    print(f.mode, f.write(b"hello\nworld\n"), f.writable(), f.readable(), f.seekable(), f.closefd)
    print(repr(f).replace(path, "PATH"))
    f.close()
    print(repr(f), f.closed)
    with io.FileIO(path) as f:
        print(f.mode, f.read(3), f.tell())
        buffer = bytearray(4)
        print(f.readinto(buffer), buffer, f.readall(), f.read())
        print(f.seek(0), f.readline(), f.readlines())
        try:
            f.write(b"x")
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)
    for mode in ("r+", "a", "x", "rw", "rb+", "q", "r++"):
        try:
            g = io.FileIO(path, mode)
            print(mode, g.mode)
            g.close()
        except (ValueError, OSError) as e:
            print(mode, type(e).__name__, str(e).replace(path, "PATH"))
    fd = os.open(path, os.O_RDONLY)
    g = io.FileIO(fd, closefd=False)
    print(g.name == fd, g.closefd, g.read(5))
    g.close()
    print(os.read(fd, 3))
    os.close(fd)
    opened = []
    def opener(name, flags):
        opened.append(name == path)
        return os.open(name, flags)
    with io.FileIO(path, "r", opener=opener) as g:
        print(opened, g.read(2))
    try:
        io.FileIO(path + ".missing")
    except FileNotFoundError as e:
        print(e.errno, e.strerror, e.filename == path + ".missing")
    try:
        io.FileIO("/tmp")
    except IsADirectoryError as e:
        print("IsADirectoryError", e.errno)
    try:
        io.FileIO(path, closefd=False)
    except ValueError as e:
        print("ValueError", e)

    raw = io.FileIO(path, "r+")
    reader = io.BufferedReader(raw)
    print(type(reader).__name__, reader.raw is raw, reader.read(5), reader.readline())
    reader.close()
    print(raw.closed)
    for size in (0, -1):
        try:
            io.BufferedReader(io.FileIO(path), size)
        except ValueError as e:
            print("ValueError", e)
    with open(path, "rb") as h:
        print(type(h).__name__, type(h.raw).__name__, h.read(3), h.raw.mode)
    with open(path, "ab") as h:
        print(type(h).__name__, h.write(b"more\n"))
    with open(path, "r+b") as h:
        print(type(h).__name__, h.read())
    with open(path, "rb", buffering=0) as h:
        print(type(h).__name__)
finally:
    os.unlink(path)
