# a class definition header at end of file
class A:
