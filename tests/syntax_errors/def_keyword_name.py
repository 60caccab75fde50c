# a function named after a keyword
def while():
    pass
