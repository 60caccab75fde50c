# a class statement with no name
class :
    pass
