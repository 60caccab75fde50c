# a non-ASCII string used as a parameter
def f('é'):
    pass
