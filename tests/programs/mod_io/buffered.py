# BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair over
# FileIO, on a file in /tmp named after the process id: peek, read1,
# readinto1, raw, detach, buffer_size errors, closed-file messages.
import io
import os

path = "/tmp/krait_mod_io_buffered_%d.bin" % os.getpid()
try:
    w = io.BufferedWriter(io.FileIO(path, "w"))
    print(w.write(b"line one\nline two\nline three\n"), w.writable(), w.readable())
    print(os.path.getsize(path))
    w.flush()
    print(os.path.getsize(path))
    w.close()
    print(w.closed, w.raw.closed)
    for call in (lambda: w.write(b"x"), w.flush):
        try:
            call()
        except ValueError as e:
            print("ValueError", e)

    r = io.BufferedReader(io.FileIO(path))
    print(r.peek(4)[:4], r.read1(5), r.read(4), r.readline())
    buffer = bytearray(5)
    print(r.readinto1(buffer), buffer, r.tell())
    raw = r.detach()
    print(type(raw).__name__, raw.closed)
    for call in (r.read, lambda: r.peek(1), r.detach, r.tell):
        try:
            call()
        except ValueError as e:
            print("ValueError", e)
    raw.close()
    try:
        r.raw.read()
    except AttributeError as e:
        print("AttributeError")

    for size in (0, -5):
        try:
            io.BufferedReader(io.FileIO(path), buffer_size=size)
        except ValueError as e:
            print("ValueError", e)
    try:
        io.BufferedWriter(io.FileIO(path))
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    try:
        io.BufferedReader(io.FileIO(path, "a"))
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)

    rw = io.BufferedRandom(io.FileIO(path, "r+"))
    print(rw.read(4), rw.seek(0, 2), rw.write(b"tail\n"), rw.seek(0), rw.readlines()[-1])
    rw.close()
    pair = io.BufferedRWPair(io.FileIO(path), io.FileIO(path, "a"))
    print(pair.readable(), pair.writable(), pair.read(4), pair.peek(1)[:1], pair.write(b"end\n"))
    pair.close()
    print(pair.closed)
finally:
    os.unlink(path)
