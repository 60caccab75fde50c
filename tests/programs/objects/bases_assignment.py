# type.__bases__ assignment: the checks and messages of type_set_bases, MRO
# recomputation for subclasses, undo on failure, slots and subclass lists.
class A: pass
class B: pass
class L(list): pass
for tgt, val in [(A, (list,)), (A, (int,)), (A, (dict,)), (L, (dict,)), (A, (L,)), (L, (A,)), (A, (type(None),)), (A, [B]), (A, ()), (A, (1,)), (int, (A,)), (A, (A,)), (A, (B, B)), (A,(Exception,)), (A, (object, int))]:
    try:
        tgt.__bases__ = val
        print("ok", tgt.__bases__, tgt.__mro__)
        tgt.__bases__ = (object,)
    except Exception as e:
        print(type(e).__name__, e)
try:
    del A.__bases__
except Exception as e: print(type(e).__name__, e)
class E(Exception): pass
class E2(E): pass
E.__bases__ = (ValueError,)
print(E2.__mro__, ValueError.__subclasses__()[-1], Exception.__subclasses__()[-3:])
class C(object):
    pass
class C2(object):
    def __getattribute__(self, attr):
        if attr == 'a':
            return 2
        else:
            return super(C2, self).__getattribute__(attr)
    def meth(self):
        return 1
class D(C):
    pass
class E(D):
    pass
d = D()
e = E()
D.__bases__ = (C,)
D.__bases__ = (C2,)
print(d.meth(), e.meth(), d.a, e.a, C2.__subclasses__(), C.__subclasses__())
print(E.__mro__)
for bad in [(), (D,), (C, C), (E,)]:
    try:
        D.__bases__ = bad
    except TypeError as ex:
        print("TypeError", ex)
print(D.__mro__, E.__mro__)

class WorkOnce(type):
    def __new__(self, name, bases, ns):
        self.flag = 0
        return super(WorkOnce, self).__new__(WorkOnce, name, bases, ns)
    def mro(self):
        if self.flag > 0:
            raise RuntimeError("bozo")
        else:
            self.flag += 1
            return type.mro(self)
class WorkAlways(type):
    def mro(self):
        return type.mro(self)
class C(object): pass
class C2(object): pass
class D(C): pass
class E(D): pass
class F(D, metaclass=WorkOnce): pass
class G(D, metaclass=WorkAlways): pass
E_mro_before = E.__mro__
D_mro_before = D.__mro__
try:
    D.__bases__ = (C2,)
except RuntimeError as ex:
    print("RuntimeError", ex, E.__mro__ == E_mro_before, D.__mro__ == D_mro_before, D.__bases__, D.__base__)

class A(object): pass
class B(object): pass
class C(A, B): pass
class D(A, B): pass
class E(C, D): pass
try:
    C.__bases__ = (B, A)
except TypeError as ex:
    print("TypeError", ex)
print(C.__mro__)

# slots refreshed
class P:
    def __len__(self): return 5
class Q:
    def __len__(self): return 7
class R(P): pass
r = R()
print(len(r))
R.__bases__ = (Q,)
print(len(r), R.__base__)
class M1(type): pass
class X(metaclass=M1): pass
class Y: pass
class Z(Y): pass
Z.__bases__ = (X,)
print(Z.__mro__)
class O: pass
class X2: pass
for val in [(type(None),), (object, type(None)), (type(None), object), (O, type(None)), (type(None), O)]:
    try:
        X2.__bases__ = val
    except TypeError as ex:
        print("TypeError", ex)
class L(list): pass
class L2(list): pass
try:
    L.__bases__ = (L2,)
except TypeError as ex:
    print("TypeError", ex)
class L3(L2): pass
class L4(L2): pass
class L5(L3): pass
L5.__bases__ = (L4,)
print(L5.__mro__, L5([1, 2]), L3.__subclasses__(), L4.__subclasses__())
import tomllib
print(tomllib.loads('a = 1\n[b]\nc = "x"'))
from typing import NamedTuple, Generic, TypeVar
T = TypeVar("T")
class G(NamedTuple, Generic[T]):
    x: T
print(G.__bases__, G.__mro__, G[int](3))
