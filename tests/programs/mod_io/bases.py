# The abstract bases: default methods written in terms of the subclass's
# read/readinto/write, closed state, iteration, UnsupportedOperation.
import io

print(io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__mro__[1:3], io.UnsupportedOperation.__module__)
print(io.BlockingIOError is BlockingIOError, io.text_encoding("ascii"), io.text_encoding(None))

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
    def readable(self):
        return True

r = Raw(b"ab\ncd\nef")
print(r.readline(), r.read(2), r.readall(), r.read(), r.closed, r.seekable(), r.writable())
r = Raw(b"1\n2\n3")
print(list(r), r.isatty())
with Raw(b"x\ny\n") as r:
    print(r.readlines())
print(r.closed)
for call in (r.readline, lambda: iter(r), r.flush, lambda: r.__enter__()):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

class Buffered(io.BufferedIOBase):
    def read(self, n=-1):
        return b"xyz"[:n]
b = Buffered()
buffer = bytearray(2)
print(b.readinto(buffer), buffer)
for name in ("detach", "read1", "write", "fileno", "seek", "truncate"):
    try:
        getattr(io.BufferedIOBase(), name)(*(() if name in ("detach", "fileno", "truncate") else (1,)))
    except io.UnsupportedOperation as e:
        print(name, e)

class Text(io.TextIOBase):
    pass
t = Text()
print(t.encoding, t.newlines, t.errors)
for name in ("read", "readline", "write", "detach"):
    try:
        getattr(t, name)()
    except io.UnsupportedOperation as e:
        print(name, e)
for name in ("_checkReadable", "_checkWritable", "_checkSeekable"):
    try:
        getattr(t, name)()
    except io.UnsupportedOperation as e:
        print(name, e)

class Writer(io.IOBase):
    def __init__(self):
        self.parts = []
    def write(self, data):
        self.parts.append(data)
w = Writer()
w.writelines(["a", "b"])
print(w.parts, w.closed)
w.close()
print(w.closed, w.__dict__)
try:
    w.writelines(["c"])
except ValueError as e:
    print("ValueError", e)
print(isinstance(Raw(b""), io.IOBase), issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(open.__module__, io.open is open, io.open_code.__module__)
