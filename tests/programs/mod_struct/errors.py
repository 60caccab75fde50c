# struct.error and the TypeErrors, with CPython's messages.
import struct


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for fmt in "bBhHiIlLqQnNP":
    for v in [2**70, -2**70, 300, -300, 70000, -70000, 2**33, -2**33, -1, 1.5, "a"]:
        t(lambda: struct.pack(fmt, v))
for fmt in ["<b", "<B", "<h", "<H", "<i", "<I", "<l", "<L", "<q", "<Q", ">b", ">B", ">h", ">H", ">i", ">I", ">l", ">L", ">q", ">Q", "=h", "!l"]:
    for v in [2**70, -2**70, 300, -300, 2**33, -2**33, -1]:
        t(lambda: struct.pack(fmt, v))
t(lambda: struct.pack("f", "a"))
t(lambda: struct.pack("f", 1e300))
t(lambda: struct.pack("e", 1e6))
t(lambda: struct.pack("<e", 65520.0))
t(lambda: struct.pack("<f", 1e300))
t(lambda: struct.pack("d", "x"))
t(lambda: struct.pack("c", b"ab"))
t(lambda: struct.pack("c", "a"))
t(lambda: struct.pack("s", "a"))
t(lambda: struct.pack("p", 1))
t(lambda: struct.pack("<n", 1))
t(lambda: struct.pack("z", 1))
t(lambda: struct.pack("3", 1))
t(lambda: struct.pack("i", 1, 2))
t(lambda: struct.pack("ii", 1))
t(lambda: struct.unpack("i", b"abc"))
t(lambda: struct.unpack_from("i", b"abc", 1))
t(lambda: struct.unpack_from("i", b"abcdef", -10))
t(lambda: struct.unpack_from("i", b"abcdef", -2))
b = bytearray(5)
t(lambda: struct.pack_into("i", b, 3, 1))
t(lambda: struct.pack_into("i", b, -10, 1))
t(lambda: struct.pack_into("i", b, -2, 1))
t(lambda: struct.pack_into("i", b))
t(lambda: struct.pack_into("i"))
t(lambda: struct.pack_into("i", b, 0))
t(lambda: struct.pack_into("i", b"xxxx", 0, 1))
t(lambda: struct.iter_unpack("", b""))
t(lambda: struct.iter_unpack("i", b"abcde"))
t(lambda: struct.Struct(5))
t(lambda: struct.calcsize("99999999999999999999i"))
t(lambda: struct.calcsize("i\0"))
t(lambda: struct.pack())
t(lambda: struct.unpack("i"))
t(lambda: struct.Struct("i").pack(1, 2))
t(lambda: struct.pack("i", None))
t(lambda: struct.unpack("i", "abcd"))
t(lambda: struct.pack(5))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
