# two commas in a parameter list
def f(a,, b):
    pass
