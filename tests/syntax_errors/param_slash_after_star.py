# a '/' after '*'
def f(a, *, b, /):
    pass
