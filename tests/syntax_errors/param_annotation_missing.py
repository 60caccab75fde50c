# a parameter with ':' and no annotation
def f(a: ):
    pass
