# A class body inside a loop is a new block: 'continue' there is outside a loop.
while True:
    class C:
        continue
