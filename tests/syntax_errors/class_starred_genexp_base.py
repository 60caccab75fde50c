# a starred generator expression as a class base
class A(*a for a in b):
    pass
