# a decorator as the last line of a function body
def f():
    x = 1
    @d
