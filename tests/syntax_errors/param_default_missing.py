# '=' with no default value
def f(a=):
    pass
