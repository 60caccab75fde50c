# Every format character in every byte order, round trips and sizes.
import struct

for order in "@=<>!":
    for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "?", "e", "f", "d", "c", "3s", "5p", "2x", "ci", "bhiq", "b0l", "3h"]:
        full = order + fmt
        try:
            size = struct.calcsize(full)
        except struct.error as e:
            print(full, "error", e)
            continue
        print(full, size)
for fmt in ["n", "N", "P"]:
    print(fmt, struct.calcsize(fmt), struct.pack(fmt, 5))
    try:
        struct.calcsize("<" + fmt)
    except struct.error as e:
        print("<" + fmt, e)

values = {"b": [-128, 127, 0], "B": [0, 255], "h": [-32768, 32767], "H": [65535], "i": [-2**31, 2**31 - 1],
          "I": [2**32 - 1], "l": [-5], "L": [7], "q": [-2**63, 2**63 - 1], "Q": [2**64 - 1],
          "?": [True, False, 0, 3, [], "x"], "e": [1.5, -0.0, 65504.0, 1e-7, 6e-8, float("inf"), 0.333333],
          "f": [1.5, 0.1, -3.25e10, float("-inf")], "d": [0.1, -2.5e300]}
for order in "@<>":
    for code, items in values.items():
        for v in items:
            packed = struct.pack(order + code, v)
            print(order + code, repr(v), packed, struct.unpack(order + code, packed))
print(struct.pack("c3s5p", b"x", b"abcdef", b"hi"), struct.unpack("c3s5p", b"xabc\x02hi\x00\x00"))
print(struct.pack("2p", b"abc"), struct.pack("300p", b"a" * 300)[:3], struct.unpack("5p", b"\x09abcd"))
print(struct.pack("0s", b"x"), struct.unpack("0s2x", b"\x00\x00"), struct.pack(" i  h ", 1, 2), struct.pack(b"<i", 7))
print(struct.unpack("<i", bytearray(b"\x01\x02\x03\x04")), struct.unpack("<h", memoryview(b"\xff\xff")))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", 1), struct.unpack_from("<h", b"\x00\x01\x02\x03", offset=-2))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
it = struct.iter_unpack("<b", b"abc")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -1)
struct.pack_into("<b", buf, -1, 9)
print(buf)
mv = memoryview(buf)
struct.pack_into(">h", mv, 0, 258)
print(buf)

s = struct.Struct("<2hq")
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)), s.unpack_from(b"x" + s.pack(4, 5, 6), 1))
print(struct.Struct(b">i").format, struct.Struct(format="b").size)
b2 = bytearray(12)
s.pack_into(b2, 0, 7, 8, 9)
print(b2, list(s.iter_unpack(bytes(24))))


class Index:
    def __index__(self):
        return 42


print(struct.pack("i", Index()), struct.pack("d", 3), struct.pack("f", Index()))
struct._clearcache()
print(struct.calcsize("i"))
