# An async def returns a coroutine; driving it with send(None) runs it to StopIteration.
async def add(a, b):
    print("adding", a, b)
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return f"result {y}"

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended unexpectedly")

c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.cr_frame, c.cr_running, c.cr_await)
