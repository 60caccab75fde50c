# a yield expression as the left side of '='
def f():
    x = (yield) = 1
