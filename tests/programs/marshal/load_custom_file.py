# dump() and load() work with any object that has write(), or read() and
# readinto(); their results and errors are passed on.
import marshal


class Writer:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)
        return 'written'


class Reader:
    def __init__(self, data):
        self.data = data
        self.calls = []

    def read(self, n):
        self.calls.append(('read', n))
        return b''

    def readinto(self, buffer):
        n = len(buffer)
        self.calls.append(('readinto', n))
        chunk = self.data[:n]
        self.data = self.data[n:]
        buffer[:len(chunk)] = chunk
        return len(chunk)


w = Writer()
print(marshal.dump((1, 'x'), w), w.chunks)
r = Reader(w.chunks[0] + b'N')
print(marshal.load(r), r.calls, r.data)


class TextReader:
    def read(self, n):
        return ''


class Greedy(Reader):
    def readinto(self, buffer):
        return len(buffer) + 1


class Failing(Reader):
    def readinto(self, buffer):
        raise OSError('disk on fire')


for reader in [TextReader(), Greedy(b''), Failing(b''), Greedy(b''), Reader(b'i\x01')]:
    try:
        print(marshal.load(reader))
    except Exception as e:
        print(type(reader).__name__, type(e).__name__, e)
g = Greedy(b'')
g.readinto = lambda buffer: (len(buffer) + 1) if len(buffer) != 1 else (buffer.__setitem__(0, ord('s')) or 1)
try:
    marshal.load(g)
except Exception as e:
    print(type(e).__name__, e)
