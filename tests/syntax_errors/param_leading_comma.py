# a parameter list starting with a comma
def f(, a):
    pass
