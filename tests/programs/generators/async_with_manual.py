# async with calls __aenter__/__aexit__ (awaitables), driven by send(None).
class AsyncResource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("aexit", self.name, t.__name__ if t else None)
        return self.suppress

async def main():
    async with AsyncResource("a") as value:
        print("body with", value)
    async with AsyncResource("b", suppress=True):
        raise ValueError("suppressed")
    try:
        async with AsyncResource("c"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    async with AsyncResource("x") as x, AsyncResource("y") as y:
        print("two managers", x, y)
    return "main done"

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))

class NotAsync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

async def wrong():
    async with NotAsync():
        pass
try:
    run(wrong())
except TypeError as e:
    print("TypeError:", e)
