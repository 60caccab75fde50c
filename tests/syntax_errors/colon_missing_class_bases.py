# a class header with bases and no ':'
class A(B, C)
    pass
