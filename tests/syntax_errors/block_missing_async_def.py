# no indented block after an async function definition
async def f():
pass
