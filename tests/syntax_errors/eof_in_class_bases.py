# the file ends inside a class's base list
class A(B,
