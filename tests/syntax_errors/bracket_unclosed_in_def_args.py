# a def whose parameter list is never closed
def f(a, b:
    pass
