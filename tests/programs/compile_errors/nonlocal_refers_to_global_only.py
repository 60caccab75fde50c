# A module-level variable is not a binding for nonlocal.
x = 1
def f():
    nonlocal x
    x = 2
