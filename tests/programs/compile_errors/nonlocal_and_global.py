# The same name declared both nonlocal and global.
def outer():
    x = 1
    def inner():
        global x
        nonlocal x
    return inner
