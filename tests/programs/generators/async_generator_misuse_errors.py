# Misusing async generators and their awaitables: CPython's errors and messages.
def drive(awaitable, value=None):
    try:
        result = awaitable.send(value)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, e.args, repr(e.__cause__))
    return ("suspended", result)

class Pause:
    def __await__(self):
        yield "paused"

async def agen():
    await Pause()
    yield 1
    yield 2

g = agen()
first = g.__anext__()
print(drive(first))
print(drive(g.__anext__()))
print(drive(g.asend(None)))
print(drive(g.athrow(ValueError)))
print(drive(g.aclose()))
print(g.ag_running)
print(drive(first))
print(drive(first))
print(g.ag_running, drive(g.__anext__()))

# athrow() checks its arguments when awaited, not when called.
async def plain():
    yield 1
    yield 2

g = plain()
print(drive(g.__anext__()))
bad = g.athrow(1)
print("athrow(1) made", type(bad).__name__)
print(drive(bad))
print(g.ag_running, drive(g.__anext__()))
bad = g.athrow(ValueError, None, "not a traceback")
print(drive(bad))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
# A wrong argument count leaves ag_running set, as in CPython.
g = plain()
print(drive(g.athrow()), g.ag_running)
print(drive(g.__anext__()))

g = plain()
print(drive(g.__anext__(), "a just-started async generator takes only None"))
throwing = g.athrow(KeyError("k"))
print(drive(throwing, 5))
print(drive(g.asend(None)))

for call in [lambda: g.asend(), lambda: g.asend(1, 2), lambda: g.aclose(1),
             lambda: g.athrow(x=1), lambda: g.asend(None).send(),
             lambda: g.asend(None).throw(), lambda: g.asend(None).close(1),
             lambda: g.aclose().send(x=1), lambda: g.aclose().close(1),
             lambda: g.__anext__(1), lambda: g.__aiter__(x=1),
             lambda: g.asend(None).__await__(1)]:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

async def raises(kind):
    yield 1
    raise kind

for kind in (StopAsyncIteration, StopIteration, GeneratorExit, KeyError):
    g = raises(kind)
    print(drive(g.__anext__()), drive(g.__anext__()), drive(g.__anext__()))

async def empty():
    return
    yield
print(drive(empty().__anext__()))
print(drive(empty().asend("x")))
