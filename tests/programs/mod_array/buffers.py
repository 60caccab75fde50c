# arrays as buffers: memoryview, bytes() and other consumers, and the
# BufferError of resizing while a view holds the items.
from array import array

a = array("h", [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.tolist(), m.nbytes, m.readonly, m.obj is a, len(m))
m[0] = 100
print(a, bytes(array("h", [1, 2])), bytearray(array("B", [65, 66])))
for f in [lambda: a.append(4), lambda: a.pop(), lambda: a.extend([1]), lambda: a.frombytes(b"\x00\x00"),
          lambda: a.__delitem__(0), lambda: a.__imul__(2)]:
    try:
        f()
        print("resized", a)
    except Exception as e:
        print(type(e).__name__, e)
a[1] = 7
print(m.tolist())
m.release()
a.append(4)
print(a)
print(array("d", [1.0]).tobytes() == bytes(memoryview(array("d", [1.0]))),
      memoryview(array("u", "ab")).format, memoryview(array("f", [1.5])).cast("B").tolist())
print(b"ab" + array("B", [99]), b"-".join([array("B", [120]), b"y"]))
