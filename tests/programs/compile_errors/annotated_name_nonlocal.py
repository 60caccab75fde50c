# An annotated name cannot be nonlocal.
def outer():
    x = 0
    def inner():
        nonlocal x
        x: int = 1
