# bytes and bytearray construction and common methods.
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(range(3)), b"ab" + b"cd", b"x" * 3)
b = b"hello world"
print(b[0], b[-1], b[1:4], b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b.decode(), b.hex(), bytes.fromhex("41 42 43"), b.startswith(b"he"), b"  x ".strip(), list(b"ab"))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65
print(ba, len(ba), ba.pop(), bytes(ba), ba.decode("ascii"))
print(b"a" < b"b", b"abc" == bytearray(b"abc"), b"%d-%s" % (5, b"x"), b",".join([b"a", b"b"]))
for bad in (lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: bytearray(b"a").__setitem__(0, 300)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
