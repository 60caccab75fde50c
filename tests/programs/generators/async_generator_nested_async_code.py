# Async generators holding async with, async for, async comprehensions and
# async generator expressions, run by a hand-written driver.
def run(coro):
    out = []
    v = None
    while True:
        try:
            r = coro.send(v)
        except StopIteration as e:
            return out, e.value
        out.append(r)
        v = len(out)

class Sleep:
    def __await__(self):
        got = yield "tick"
        return got

class CM:
    async def __aenter__(self):
        print("enter", await Sleep())
        return self
    async def __aexit__(self, *a):
        print("exit", a[0])
        await Sleep()
        return False

async def inner(n):
    for i in range(n):
        t = await Sleep()
        yield i, t

async def outer():
    async with CM():
        async for x in inner(3):
            yield x
    yield [y async for y in inner(2)]
    yield [await Sleep() for _ in range(2)]
    g = (await Sleep() for _ in range(2))
    yield [z async for z in g]
    g2 = (w async for w in inner(2) if w[0])
    yield [z async for z in g2]

async def main():
    res = []
    async for v in outer():
        res.append(v)
    return res

print(run(main()))

async def gen_in_gen():
    async def deleg():
        yield 1
        yield 2
    d = deleg()
    v = await d.asend(None)
    yield v
    v = await d.__anext__()
    yield v
    try:
        await d.__anext__()
    except StopAsyncIteration:
        yield "done"
async def m2():
    return [x async for x in gen_in_gen()]
print(run(m2()))
print(type((x async for x in inner(1))).__name__)
async def m3():
    ge = (x async for x in inner(2))
    print(type(ge).__name__, ge.__name__, ge.__qualname__)
    return await ge.__anext__(), await ge.asend(None), await ge.aclose()
print(run(m3()))
