# a class statement with an empty keyword argument
class A(metaclass=):
    pass
