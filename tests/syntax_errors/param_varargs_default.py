# a default value on '*args'
def f(*args=1):
    pass
