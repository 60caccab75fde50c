# a class base after a keyword argument
class A(metaclass=M, B):
    pass
