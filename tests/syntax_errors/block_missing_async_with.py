# no indented block after 'async with'
async def f():
    async with a:
    pass
