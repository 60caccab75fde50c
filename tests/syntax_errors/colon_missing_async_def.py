# an async def header without ':'
async def f()
    pass
