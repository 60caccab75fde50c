# await at module level (outside any function).
async def fetch():
    return 1
print("never printed")
await fetch()
