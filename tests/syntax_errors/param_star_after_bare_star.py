# '*args' after a bare '*'
def f(*, a, *b):
    pass
