# athrow()/aclose()/asend().throw() on an async generator suspended in an await:
# the delegate's throw() gets the arguments as given, and the awaitables' states.
def drive(awaitable, value=None):
    try:
        result = awaitable.send(value)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))
    return ("suspended", result)

class Waiter:
    def __await__(self):
        return self
    def __next__(self):
        return "waiting"
    def send(self, value):
        if value == "done":
            raise StopIteration("result")
        return "waiting for " + str(value)
    def throw(self, *args):
        print("Waiter.throw got", [type(a).__name__ for a in args])
        if args[0] is KeyError:
            raise StopIteration("absorbed")
        raise args[0]

async def agen():
    try:
        result = await Waiter()
        print("await gave", result)
        yield result
    finally:
        print("agen finally")

g = agen()
step = g.__anext__()
print(drive(step))
print(drive(step, 1))
try:
    step.throw(KeyError)
except StopIteration as e:
    print("yielded through StopIteration:", e.value)
print(drive(step))
print(drive(g.__anext__()))

g = agen()
step = g.__anext__()
print(drive(step))
try:
    step.throw(ValueError, ValueError("passed on"))
except ValueError as e:
    print("ValueError:", e)
print(g.ag_running, drive(step))

g = agen()
step = g.__anext__()
print(drive(step))
print(drive(g.aclose()))
print(drive(g.athrow(KeyError)))
print(drive(g.__anext__()))
print(drive(step, "done"))
print(drive(g.__anext__()))

async def yields_in_finally():
    try:
        yield 1
    finally:
        await Waiter()
        yield 2

g = yields_in_finally()
print(drive(g.__anext__()))
closing = g.aclose()
print(drive(closing))
print(drive(closing, "done"))
print(drive(closing))
print(g.ag_running)

async def catches_everything():
    while True:
        try:
            yield "again"
        except BaseException as e:
            print("caught", type(e).__name__)
            return

g = catches_everything()
print(drive(g.__anext__()))
closing = g.athrow(GeneratorExit)
print(drive(closing))
print(drive(closing))
print(drive(g.aclose()))
