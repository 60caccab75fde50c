# callable() and id() used only for identity comparisons.
class C:
    def m(self): pass
    def __call__(self): pass
class D: pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(C().m), callable(None), callable(lambda: 0))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
print(id(None) == id(None), type(id(a)).__name__)
x = object()
s = {id(x): "x"}
print(s[id(x)])
