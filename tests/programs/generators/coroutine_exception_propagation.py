# Exceptions raised in awaited coroutines propagate through await; tracebacks include every coroutine.
async def fail():
    raise ValueError("deep failure")

async def middle():
    try:
        await fail()
    except ValueError as e:
        print("middle saw", repr(e))
        raise

async def top():
    await middle()

c = top()
try:
    c.send(None)
except ValueError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback frames:", names)

async def stop_iteration_inside():
    raise StopIteration("leaks")
try:
    stop_iteration_inside().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
