# a bare '*' followed only by a comma
def f(a, *, ):
    pass
