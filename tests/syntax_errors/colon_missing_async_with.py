# an async with header without ':'
async def f():
    async with a as b
        pass
