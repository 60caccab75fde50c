# a '/' after '*args'
def f(a, *args, /):
    pass
