# a named expression as a parameter default without parentheses
def f(a := 1):
    pass
