# The buffered classes over a raw stream written in Python, and
# TextIOWrapper over BytesIO and over a BufferedIOBase subclass.
import io

class Raw(io.RawIOBase):
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.position = 0
        self.calls = 0
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        chunk = self.data[self.position:self.position + len(b)]
        b[:len(chunk)] = chunk
        self.position += len(chunk)
        return len(chunk)
    def write(self, b):
        data = bytes(b)
        self.data[self.position:self.position + len(data)] = data
        self.position += len(data)
        return len(data)
    def seek(self, offset, whence=0):
        self.position = [offset, self.position + offset, len(self.data) + offset][whence]
        return self.position
    def tell(self):
        return self.position

raw = Raw(b"first\nsecond\nthird\n")
reader = io.BufferedReader(raw)
print(repr(reader), reader.raw is raw, reader.readline(), reader.peek(1)[:1], reader.read(3), reader.tell())
print(reader.read(), raw.calls > 0)
reader.close()
print(raw.closed, reader.closed)

raw = Raw()
writer = io.BufferedWriter(raw)
print(writer.write(b"abc"), bytes(raw.data))
writer.flush()
print(bytes(raw.data), writer.tell())
writer.close()
print(raw.closed)

data = io.BytesIO("héllo\r\nwörld\n".encode("utf-8"))
text = io.TextIOWrapper(data, encoding="utf-8")
print(repr(text), text.buffer is data, repr(text.readline()), repr(text.read()))
print(text.detach() is data, data.closed)

sink = io.BytesIO()
text = io.TextIOWrapper(sink, encoding="latin-1", newline="\r\n", write_through=True)
print(text.write("a\nb\xe9\n"), sink.getvalue())
text.close()
print(sink.closed)

class Chunks(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def read(self, n=-1):
        n = len(self.data) if n is None or n < 0 else min(n, 4)
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk
try:
    io.TextIOWrapper(Chunks(b"one\ntwo\nthree"), encoding="ascii").readlines()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
Chunks.read1 = Chunks.read
print(io.TextIOWrapper(Chunks(b"one\ntwo\nthree"), encoding="ascii").readlines())
