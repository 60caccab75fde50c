# gc.collect() frees unreachable objects: weak references die, __del__ runs.
# unsanitized: expects gc.collect() to free objects that the sanitizer build's C stack frames still hold stale pointers to (the collector scans the C stack conservatively)
import gc
import weakref


class C:
    pass


class WithDel:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def make_garbage():
    WithDel("w")


make_garbage()
gc.collect()
print("after collect")


def make():
    return weakref.ref(C())


r = make()
gc.collect()
print(r())

o = C()
r = weakref.ref(o)
del o
gc.collect()
print(r())

# A cycle.
a, b = C(), C()
a.other, b.other = b, a
ra, rb = weakref.ref(a), weakref.ref(b)
del a, b
gc.collect()
print(ra(), rb())


# A container of many objects.
items = [C() for i in range(1000)]
refs = [weakref.ref(x) for x in items]
del items
gc.collect()
print(sum(1 for x in refs if x() is not None))
