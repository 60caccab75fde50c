# a decorator line with two expressions
@x y
def f():
    pass
