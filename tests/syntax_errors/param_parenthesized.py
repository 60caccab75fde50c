# a parenthesized parameter (Python 2 tuple parameter)
def f((a, b)):
    pass
