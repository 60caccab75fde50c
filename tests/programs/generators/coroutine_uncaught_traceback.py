# An exception escaping a manually driven coroutine ends the program with a traceback.
async def fetch(key):
    data = {"a": 1}
    return data[key]

async def main():
    print(await fetch("a"))
    print(await fetch("b"))

main().send(None)
