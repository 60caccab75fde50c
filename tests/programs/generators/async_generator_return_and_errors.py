# Async generator edge cases: StopAsyncIteration at the end, misuse of asend.
async def one():
    yield "only"

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    return ("suspended",)

g = one()
print(drive(g.asend(None)))
print(drive(g.asend(None)))
print(drive(g.asend(None)))

g2 = one()
try:
    drive(g2.asend("not None"))
except TypeError as e:
    print("TypeError:", e)
print(drive(g2.aclose()))
print(type(one()).__name__, one.__name__)
h = one()
print(drive(h.aclose()))
print(drive(h.__anext__()))
