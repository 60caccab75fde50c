# two '*args' parameters
def f(*a, *b):
    pass
