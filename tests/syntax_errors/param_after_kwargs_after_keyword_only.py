# a parameter after '**kwargs' that follows keyword-only parameters
def f(a, *, b, **c, d):
    pass
