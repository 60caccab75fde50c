# no block after a class with bases
class A(B):
pass
