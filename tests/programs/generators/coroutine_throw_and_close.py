# throw() and close() on a suspended coroutine reach the awaiting code.
class Pause:
    def __await__(self):
        return (yield "paused")

async def careful():
    try:
        result = await Pause()
        print("resumed with", result)
        await Pause()
    except ValueError as e:
        print("coroutine caught", repr(e))
        return "recovered"
    finally:
        print("coroutine finally")

c = careful()
print(c.send(None))
print(c.send("first value"))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("StopIteration:", e.value)

c2 = careful()
print(c2.send(None))
c2.close()
print("closed; cr_frame is", c2.cr_frame)

c3 = careful()
c3.close()
print("closed before start")
