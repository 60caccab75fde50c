# yield from is not allowed inside an async function.
async def agen():
    yield from [1, 2]
