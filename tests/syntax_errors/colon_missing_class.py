# a class header without ':'
class A
    pass
