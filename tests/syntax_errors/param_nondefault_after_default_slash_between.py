# a def non-default parameter after '/' that follows a default
def f(a, b=1, /, c):
    pass
