# '=' in a return expression
def f():
    return x = 1
