# __mro_entries__ lets a non-class appear in a bases list.
class Base:
    def hello(self): return "hello from Base"

class Proxy:
    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return (Base,)

class C(Proxy()):
    pass
print([k.__name__ for k in C.__mro__])
print(C().hello())
print(C.__orig_bases__[0].__class__.__name__)

class Nothing:
    def __mro_entries__(self, bases):
        return ()
class D(Nothing()):
    pass
print(D.__bases__ == (object,))
