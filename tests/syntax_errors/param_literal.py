# a literal as a parameter
def f(1):
    pass
