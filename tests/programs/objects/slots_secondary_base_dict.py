# A class with __slots__ gets the instance dict and weak references a
# secondary base provides (CPython's type_new_slots_impl).
import weakref
class A(object):
    __slots__ = ()
class B(object):
    pass
class C(A, B):
    __slots__ = ()
print(hasattr(C, '__dict__'), hasattr(C, '__weakref__'))
c = C(); c.x = 2; print(c.x, c.__dict__, weakref.ref(c)() is c)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('__weakref__',)
class S3(S1, S2):
    __slots__ = ()
s = S3()
try:
    s.b = 1
except AttributeError as e:
    print(e)
print(weakref.ref(s)() is s)
class D(A, B):
    __slots__ = ('y',)
d = D(); d.y = 1; d.z = 2; print(d.y, d.z, sorted(vars(d)))
