# An exception without arguments prints just its class name.
class EmptyError(Exception):
    pass

def f():
    raise EmptyError

f()
