# a class named after a keyword
class for:
    pass
