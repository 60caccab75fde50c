# a positional-only default followed by a non-default
def f(a=1, /, b):
    pass
