# 'async with' inside a comprehension
async def f():
    y = [x async with z]
