# a second decorator with no expression
@x
@
def f():
    pass
