# no indented block after 'async for'
async def f():
    async for x in y:
    pass
