# a '/' directly followed by '*' without a comma
def f(a=1, /*, b):
    pass
