# a def statement without a name
def ():
    pass
