# an async for header without ':'
async def f():
    async for x in y
        pass
