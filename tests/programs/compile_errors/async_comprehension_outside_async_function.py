# An asynchronous comprehension in a plain def.
def f(items):
    return [x async for x in items]
