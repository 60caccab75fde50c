# nonlocal must refer to a variable of an enclosing function.
def outer():
    def inner():
        nonlocal x
        x = 1
    return inner
