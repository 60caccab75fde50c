# await inside comprehensions and expressions in a coroutine.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        if False:
            yield
        return self.v

async def double(x):
    return x * 2

async def agen():
    for i in range(3):
        yield i

async def main():
    a = [await double(x) for x in range(3)]
    b = {x: await Value(x * x) for x in range(3)}
    c = [x async for x in agen()]
    d = {x async for x in agen()}
    e = (await double(5)) + (await Value(1))
    f = [await double(y) async for y in agen()]
    return a, b, c, sorted(d), e, f

try:
    main().send(None)
except StopIteration as s:
    print(s.value)
