def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for value in [0, 65, 127, 128, 255, 256, 0x20ac, 0xd800, 0x10ffff, True]:
    show(f"chr({value})", lambda: chr(value))
for bad in [-1, 0x110000, 2**64, 1.5, "a", None]:
    show(f"chr({bad!r})", lambda: chr(bad))
for value in ["a", "\x00", "é", "\u20ac", "\U0001f600", b"a", bytearray(b"z"), "\ud800"]:
    show(f"ord({value!r})", lambda: ord(value))
for bad in ["", "ab", b"", b"ab", 1, None, ["a"]]:
    show(f"ord({bad!r})", lambda: ord(bad))
show("ord()", lambda: ord())
show("chr()", lambda: chr())
