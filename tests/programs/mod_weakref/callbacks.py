# Callbacks run once the referent is collected, newest first; a dead weakref's
# unsanitized: expects gc.collect() to free objects that the sanitizer build's C stack frames still hold stale pointers to (the collector scans the C stack conservatively)
# callback does not run; an exception in a callback is reported, not raised.
import gc
import weakref


class C:
    pass


order = []
o = C()
refs = []
for i in range(4):
    refs.append(weakref.ref(o, lambda r, i=i: order.append(i)))
del o
gc.collect()
print(order)
print([r() for r in refs], [r.__callback__ for r in refs])


class Loud:
    def __repr__(self):
        return "<Loud callback>"

    def __call__(self, ref):
        raise ValueError("from the callback")


o = C()
keep = weakref.ref(o, Loud())
del o
gc.collect()
print("after the failing callback")

# The weak reference itself dropped: no callback.
o = C()
weakref.ref(o, lambda r: print("never printed"))
del o
gc.collect()
print("no callback for a dead weakref")


# __del__ and a weakref callback on the same object.
class D:
    def __del__(self):
        print("D.__del__")


def make_d():
    return weakref.ref(D(), lambda r: print("callback of D, referent gone:", r() is None))


wd = make_d()
gc.collect()
print(wd())


# A callback that makes another weak reference die.
a, b = C(), C()
rb = weakref.ref(b, lambda r: print("b's callback"))
holder = [b]
ra = weakref.ref(a, lambda r: holder.clear())
del a, b
gc.collect()
gc.collect()
print(ra(), rb())
