# a from-import with a trailing comma inside a function
def f():
    from os import a, b,
