# a non-default positional-only parameter after a default
def f(a=1, b, /):
    pass
