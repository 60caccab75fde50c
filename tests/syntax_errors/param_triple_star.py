# '***' in a parameter list
def f(***a):
    pass
