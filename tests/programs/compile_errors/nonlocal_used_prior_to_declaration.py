# A name used before its nonlocal declaration.
def outer():
    n = 0
    def inner():
        print(n)
        nonlocal n
    return inner
