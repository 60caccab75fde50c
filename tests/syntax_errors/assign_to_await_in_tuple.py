# an await expression used as an assignment target in a tuple
async def f():
    a, await b = 1, 2
