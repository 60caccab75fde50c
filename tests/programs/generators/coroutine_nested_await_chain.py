# Nested awaits: suspension at the bottom propagates through every coroutine to the driver.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

async def level3():
    x = await Suspend("level3")
    return f"l3({x})"

async def level2():
    y = await level3()
    z = await Suspend("level2")
    return f"l2({y},{z})"

async def level1():
    return f"l1({await level2()})"

c = level1()
print(c.send(None))
print(c.cr_await.__qualname__ if hasattr(c.cr_await, "__qualname__") else type(c.cr_await).__name__)
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print(e.value)
