# a def statement without a parameter list
def f:
    pass
