# the file ends inside a def's parameter list
def f(a,
