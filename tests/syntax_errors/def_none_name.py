# a function named None
def None():
    pass
