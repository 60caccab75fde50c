# Views nobody references any more do not stop a bytearray from resizing,
# whatever the collector has or has not found yet.
def consume(buf, n):
    data = bytes(memoryview(buf)[:n])
    del buf[:n]
    return data


def peek(buf):
    return memoryview(buf).tobytes()


class Holder:
    pass


buf = bytearray(b'hello world')
for i in range(100):
    buf.extend(b'abc')
    consume(buf, 2)
    peek(buf)
    buf.append(i)
print(len(buf), buf[:12])
ba = bytearray(b'abcdef')
memoryview(ba)[0]
ba.append(1)
x = memoryview(ba).tobytes()
ba.pop()
m = memoryview(ba)
del m
ba.append(2)
m = memoryview(ba)
m = None
ba.extend(b'xy')
h = Holder()
h.v = memoryview(ba).cast('B')
h = None
ba.append(4)
views = [memoryview(ba) for _ in range(3)]
views.clear()
del ba[-4:]
bytes(memoryview(ba)[::2])
ba += b'z'
m2 = memoryview(memoryview(ba))
m2.release()
ba.pop()
print(ba, x)
