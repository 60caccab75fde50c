# An annotated name cannot be declared global in the same scope.
def f():
    global x
    x: int = 1
