# '**' in a return value list
def f():
    return 1, **a
