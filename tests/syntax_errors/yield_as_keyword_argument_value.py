# an unparenthesized yield as a keyword argument value
def f():
    g(a=yield)
