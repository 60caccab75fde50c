def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("bytes()", lambda: bytes())
show("bytes(3)", lambda: bytes(3))
show("bytes(-1)", lambda: bytes(-1))
show("bytes list", lambda: bytes([1, 255]))
show("bytes bad item", lambda: bytes([256]))
show("bytes str no enc", lambda: bytes("a"))
show("bytes str enc", lambda: bytes("é", "utf-8"))
show("bytes enc no str", lambda: bytes(1, "utf-8"))
show("bytes errors", lambda: bytes("é", "ascii", "replace"))
show("bytearray()", lambda: bytearray())
show("bytearray(2)", lambda: bytearray(2))
show("bytearray str", lambda: bytearray("x", "ascii"))
show("bytearray float", lambda: bytearray(1.5))
show("memoryview bytes", lambda: memoryview(b"ab").tolist())
show("memoryview str", lambda: memoryview("ab"))
show("memoryview no args", lambda: memoryview())
show("memoryview kw", lambda: memoryview(object=b"x").tobytes())
show("bytes kw", lambda: bytes(source="é", encoding="utf-8"))
