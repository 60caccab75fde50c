def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class AsyncIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
async def collect():
    out = []
    it = aiter(AsyncIter(3))
    out.append(await anext(it))
    out.append(await anext(it, "d"))
    out.append(await anext(it))
    out.append(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("stopped")
    return out
show("aiter/anext", lambda: drive(collect()))
async def agen():
    yield 1
    yield 2
async def use_agen():
    g = agen()
    return [await anext(g), await anext(g), await anext(g, "end")]
show("async generator", lambda: drive(use_agen()))
show("aiter non-async", lambda: aiter([1]))
show("anext non-async", lambda: anext(iter([1])))
show("aiter args", lambda: aiter())
show("anext args", lambda: anext())
class BadAiter:
    def __aiter__(self):
        return 5
show("aiter bad result", lambda: aiter(BadAiter()))
