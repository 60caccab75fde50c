# async for over an async iterator class and an async generator, driven manually.
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def agen(n):
    for i in range(n):
        yield i * 10

async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    else:
        out.append("else")
    async for v in agen(3):
        if v == 20:
            break
        out.append(v)
    result = [v async for v in agen(4) if v != 10]
    return out, result

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))

async def not_async_iterable():
    async for x in [1, 2]:
        pass
try:
    run(not_async_iterable())
except TypeError as e:
    print("TypeError:", e)
