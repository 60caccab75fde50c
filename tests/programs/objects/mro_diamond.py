# C3 linearization of a diamond and a deeper hierarchy.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class K1(F, Dd): pass
class K2(Dd, E): pass
class K3(F, E): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print(D.__bases__ == (B, C), D.__base__ is B)
print(object.__mro__ == (object,), type.__mro__ == (type, object))
