# object.__setattr__/__delattr__ may not skip a native __setattr__ of the
# object's type (CPython's hackcheck).
for f in [lambda: object.__setattr__(str, "foo", 42), lambda: object.__delattr__(str, "lower"), lambda: object.__setattr__(int, "x", 1)]:
    try:
        f()
    except TypeError as e:
        print(e)
class A(type):
    def __setattr__(cls, key, value):
        type.__setattr__(cls, key, value)
class B:
    pass
class C(B, A):
    pass
obj = C('D', (object,), {})
try:
    obj.test = True
except TypeError as e:
    print(e)
class P:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v)
p = P(); p.x = 1; print(p.x)
class T(type): pass
X = T('X', (), {}); object.__setattr__
try:
    object.__setattr__(X, 'y', 2)
except TypeError as e:
    print(e)
type.__setattr__(X, 'y', 3); print(X.y)
class MyMod(type(__import__('sys'))): pass
