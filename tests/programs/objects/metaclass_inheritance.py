# The most derived metaclass wins; conflicting metaclasses are a TypeError.
class M1(type): pass
class M2(type): pass
class M3(M1): pass

class A(metaclass=M1): pass
class B(metaclass=M3): pass
class C(A, B): pass
print(type(C).__name__)

class D(metaclass=M2): pass
try:
    class E(A, D): pass
except TypeError as e:
    print("TypeError:", e)

X = type("X", (A,), {"v": 5})
print(type(X).__name__, X.v, X.__name__)
Y = M2("Y", (), {})
print(type(Y).__name__)
