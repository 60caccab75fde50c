# 'await = 1' inside an async function
async def f():
    await = 1
