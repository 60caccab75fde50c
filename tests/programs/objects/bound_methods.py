# Bound methods: __self__, __func__, equality, and functions as descriptors.
class A:
    def m(self, x): return ("m", x)
a = A()
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(a.m == a.m, a.m is a.m, A.m(a, 2))
def free(self): return "free:" + type(self).__name__
A.f = free
print(a.f())
a.g = free
try:
    a.g()
except TypeError as e:
    print("TypeError:", e)
print(free.__get__(a, A)())
print(type(bm).__name__, type(A.m).__name__)
try:
    A.m()
except TypeError as e:
    print("TypeError:", e)
