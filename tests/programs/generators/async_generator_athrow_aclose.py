# athrow() raises inside the async generator; aclose() runs its cleanup.
async def agen():
    try:
        while True:
            try:
                yield "tick"
            except ValueError as e:
                print("agen caught", repr(e))
                yield "after error"
    finally:
        print("agen finally")

def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
    return "suspended"

g = agen()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("boom"))))
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.__anext__()))

g2 = agen()
print(drive(g2.__anext__()))
try:
    drive(g2.athrow(KeyError("uncaught")))
except KeyError as e:
    print("propagated:", repr(e))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
print("finishing the suspended generator:", drive(s.__anext__()))
