# Generator objects expose __name__, __qualname__, gi_code and a repr-free type name.
def gen():
    yield 1

class Holder:
    def method(self):
        yield self

g = gen()
print(g.__name__, g.__qualname__, g.gi_code.co_name, type(g).__name__)
h = Holder().method()
print(h.__name__, h.__qualname__)
g.__name__ = "renamed"
print(g.__name__, gen.__name__)
print(g.gi_yieldfrom)
def outer():
    yield from gen()
o = outer()
next(o)
print(o.gi_yieldfrom.__name__)
o.close()
g.close()
h.close()
print(isinstance(g, type(gen())), hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
