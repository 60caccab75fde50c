# 'await await x'
async def f():
    await await x
