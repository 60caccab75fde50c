# async for inside a plain def.
def f(items):
    async for x in items:
        pass
