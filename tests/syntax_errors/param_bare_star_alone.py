# a bare '*' as the only parameter
def f(*):
    pass
