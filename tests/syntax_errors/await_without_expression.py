# 'await' with nothing after it
async def f():
    await
