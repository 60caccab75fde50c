# TextIOWrapper over a buffered file, on a file in /tmp named after the
# process id: encodings, errors, newline translation, reconfigure, detach.
import io
import os

path = "/tmp/krait_mod_io_text_%d.txt" % os.getpid()
try:
    t = io.TextIOWrapper(io.BufferedWriter(io.FileIO(path, "w")), encoding="latin-1", newline="\r\n")
    print(t.encoding, t.errors, t.line_buffering, t.write_through, t.write("caf\xe9\nnext\n"))
    try:
        t.mode
    except AttributeError:
        print("no mode")
    t.reconfigure(line_buffering=True)
    print(t.line_buffering)
    t.close()
    with open(path, "rb") as f:
        print(f.read())
    t = io.TextIOWrapper(io.BufferedReader(io.FileIO(path)), encoding="latin-1", newline="")
    print(repr(t.readline()), repr(t.read()))
    buffer = t.detach()
    print(type(buffer).__name__)
    for call in (t.read, lambda: t.buffer):
        try:
            call()
        except ValueError as e:
            print("ValueError", e)
    buffer.close()
    with open(path, "w", encoding="ascii", errors="replace") as f:
        f.write("x\xe9y\n")
    with open(path, encoding="locale") as f:
        print(repr(f.read()), f.encoding)
    for kwargs in ({"encoding": "no-such-codec"}, {"errors": 5}, {"newline": "x"}, {"newline": 3}):
        try:
            io.TextIOWrapper(io.BufferedReader(io.FileIO(path)), **kwargs)
        except (LookupError, TypeError, ValueError) as e:
            print(type(e).__name__, e)
finally:
    os.unlink(path)
