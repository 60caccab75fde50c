# a single parenthesized parameter
def f(a, (b)):
    pass
