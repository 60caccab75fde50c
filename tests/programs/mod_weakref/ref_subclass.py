# Subclasses of weakref.ref: extra attributes, __init__, no reuse of basic refs.
import gc
import weakref


class C:
    pass


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        super().__init__(ob, callback)
        self.value = value


class Plain(weakref.ref):
    __slots__ = ()


o = C()
m = MyRef(o, None, 7)
print(m() is o, m.value, isinstance(m, weakref.ref), type(m).__name__)
p = Plain(o)
print(p() is o, p is not weakref.ref(o), weakref.ref(o) is weakref.ref(o))
print(weakref.getweakrefcount(o))
print([type(x).__name__ for x in weakref.getweakrefs(o)])
print(MyRef(o) == m, hash(MyRef(o)) == hash(o))


class KeyedRef(weakref.ref):
    __slots__ = "key",

    def __new__(cls, ob, callback, key):
        self = weakref.ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


seen = []
k = KeyedRef(o, lambda r: seen.append(r.key), "the key")
print(k.key, k() is o)
del o
gc.collect()
print(seen, m(), p(), k())
