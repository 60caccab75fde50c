# __class__ assignment between classes whose __slots__ differ only by
# __weakref__ or __dict__ is refused, as CPython's layout check does.
class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class I(object):
    __slots__ = ["a", "b"]
class J(object):
    __slots__ = ["c", "b"]
class K(object):
    __slots__ = ["a", "b", "d"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
class Int(int): __slots__ = []
for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
    x = cls()
    x.a = 1
    x.__class__ = cls2
    x.__class__ = cls
    print(cls.__name__, cls2.__name__, x.a)
for cls in G, J, K, L, M, N, P, R, list, Int:
    for cls2 in G, J, K, L, M, N, P, R, list, Int:
        if cls is cls2:
            continue
        try:
            cls().__class__ = cls2
            print("allowed", cls.__name__, cls2.__name__)
        except TypeError as e:
            print(e)
class E(Exception): pass
class E2(Exception): pass
class A: pass
class B: pass
a = A(); a.__class__ = B; print(type(a).__name__)
e = E(); e.__class__ = E2; print(type(e).__name__)
class W: __slots__ = ('__weakref__',)
class W2: __slots__ = ()
for x, y in [(W, W2), (W2, W), (A, W)]:
    try:
        x().__class__ = y
        print("allowed", x.__name__, y.__name__)
    except TypeError as e:
        print(e)
