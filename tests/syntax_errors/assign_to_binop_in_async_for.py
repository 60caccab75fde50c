# an async for loop whose target is an expression
async def f():
    async for a + b in x:
        pass
