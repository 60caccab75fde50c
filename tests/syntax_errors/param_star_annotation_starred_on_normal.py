# a starred annotation on a normal parameter
def f(a: *b):
    pass
