# 'async if'
async def f():
    async if x:
        pass
