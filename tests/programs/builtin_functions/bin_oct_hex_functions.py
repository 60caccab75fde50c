def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Index:
    def __index__(self):
        return -255
class NotIndex:
    pass
for func in (bin, oct, hex):
    for value in [0, 1, -1, 255, -256, 2**64, -(2**100), True, Index()]:
        show(f"{func.__name__}({value if type(value) in (int, bool) else type(value).__name__})", lambda: func(value))
    for bad in [1.5, "10", None, NotIndex()]:
        show(f"{func.__name__}({type(bad).__name__})", lambda: func(bad))
show("bin()", lambda: bin())
show("hex(1, 2)", lambda: hex(1, 2))
