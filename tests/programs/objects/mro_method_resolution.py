# Method lookup follows the MRO, leftmost first.
class A:
    def who(self): return "A"
    def only_a(self): return "only A"
class B(A):
    pass
class C(A):
    def who(self): return "C"
class D(B, C):
    pass
d = D()
print(d.who())
print(d.only_a())
print(D.who is C.who)
class E(C, B): pass
print(E().who(), [k.__name__ for k in E.__mro__])
