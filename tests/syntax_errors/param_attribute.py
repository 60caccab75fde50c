# an attribute as a parameter
def f(a.b):
    pass
