# 'await' used as an operand in a non-async def
def f():
    x = 1 + await
