# a class whose bases are a bare generator expression
class A(x for x in y):
    pass
