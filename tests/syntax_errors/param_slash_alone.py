# a '/' as the only parameter
def f(/):
    pass
