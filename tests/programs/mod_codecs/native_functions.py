# The _codecs functions with their argument conventions: (result, consumed)
# pairs, final=False, byte order marks and the *_ex_decode forms.
import _codecs as c

print(c.utf_8_encode("a\xe9"), c.utf_8_decode(b"a\xc3\xa9\xe2\x82", None, False), c.utf_8_decode(b"a\xc3"))
print(c.utf_16_encode("a"), c.utf_16_encode("a", None, 1), c.utf_16_encode("a", None, -1))
print(c.utf_32_encode("a"), c.utf_32_encode("a", None, 1))
print(c.utf_16_ex_decode(b"\xff\xfea\x00b", None, 0, False), c.utf_16_ex_decode(b"a", None, 0, False))
print(c.utf_16_ex_decode(b"\xfe\xff\x00a", None, 0, True), c.utf_16_ex_decode(b"a\x00", None, 1, True))
print(c.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a", None, 0, True), c.utf_32_decode(b"a\x00\x00"))
print(c.utf_16_le_decode(b"\x00\xd8", None, False), c.utf_16_be_decode(b"\x00a\x00"))
print(c.latin_1_encode("\xff"), c.latin_1_decode(b"\xff"), c.ascii_decode(bytearray(b"ab")))
print(c.unicode_escape_encode("\n\u1234"), c.raw_unicode_escape_decode("\\u0041"), c.readbuffer_encode("\xe9"))
print(c.escape_encode(b"'\x00"), c.escape_decode("\\x41"), c.escape_decode(memoryview(b"\\n")))
for f, a in [("utf_8_decode", ("x",)), ("utf_8_encode", (b"x",)), ("utf_8_decode", (b"x", 1)),
             ("utf_8_decode", (b"x", None, "a")), ("escape_decode", (1,)), ("escape_encode", ("x",)),
             ("charmap_decode", (b"a", None, 1)), ("charmap_build", (b"x",)), ("utf_8_decode", ()),
             ("utf_8_encode", ("a", None, 1))]:
    try:
        print(getattr(c, f)(*a))
    except Exception as e:
        print(f, type(e).__name__, e)
for data in [b"\xff", b"\xc3", b"\xe2\x82\xac\xed\xa0\x80", b"\xf0\x9f\x98"]:
    for final in (False, True):
        try:
            print(c.utf_8_decode(data, "strict", final))
        except UnicodeDecodeError as e:
            print(e)
