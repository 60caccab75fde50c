# yield from in a class body (not a function).
class C:
    yield from [1, 2]
