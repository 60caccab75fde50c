# assignment to an await expression
async def f():
    await x = 1
