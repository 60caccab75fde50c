# two parameters without a comma
def f(a b):
    pass
