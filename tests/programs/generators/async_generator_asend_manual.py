# An async generator driven manually: asend()/__anext__() return awaitables finished with StopIteration.
async def agen():
    print("agen start")
    received = yield 1
    print("agen received", received)
    yield 2
    print("agen end")

def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    return ("suspended",)

g = agen()
print(type(g).__name__, g.__name__)
print(step(g.__anext__()))
print(step(g.asend("hello")))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(g.ag_running, g.ag_frame)
