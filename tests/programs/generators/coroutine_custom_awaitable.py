# await on an object with __await__: the iterator's yields go to whoever drives the coroutine.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for i in range(self.ticks):
            reply = yield f"sleeping {i + 1}/{self.ticks}"
            print("  driver replied", reply)
        return f"slept {self.ticks}"

async def task():
    a = await Sleep(2)
    print("task got", a)
    b = await Sleep(1)
    print("task got", b)
    return "task finished"

coro = task()
step = 0
value = None
while True:
    try:
        yielded = coro.send(value)
    except StopIteration as e:
        print("StopIteration:", e.value)
        break
    step += 1
    print("driver saw", yielded)
    value = f"ack{step}"

class NotIterator:
    def __await__(self):
        return 5

async def bad():
    await NotIterator()

b = bad()
try:
    b.send(None)
except TypeError as e:
    print("TypeError:", e)
