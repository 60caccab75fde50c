# await on non-awaitables, and reusing an already awaited coroutine.
async def value():
    return 1

async def await_int():
    await 5

async def await_twice():
    c = value()
    first = await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    return first

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

try:
    run(await_int())
except TypeError as e:
    print("TypeError:", e)
print(run(await_twice()))

class BadAwait:
    __await__ = None

async def await_bad():
    await BadAwait()
try:
    run(await_bad())
except TypeError as e:
    print("TypeError:", e)

def plain_gen():
    yield 1
async def await_gen():
    await plain_gen()
try:
    run(await_gen())
except TypeError as e:
    print("TypeError:", e)
