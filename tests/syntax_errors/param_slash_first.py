# a '/' with no parameter before it
def f(/, a):
    pass
