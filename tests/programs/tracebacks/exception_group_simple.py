# An uncaught ExceptionGroup is printed as a tree of boxes.
def f():
    raise ExceptionGroup("several errors", [ValueError("bad value"), TypeError("bad type")])

f()
