# weakref.ref: calling, reuse of the basic ref, callbacks, hash, equality, repr.
# unsanitized: expects gc.collect() to free objects that the sanitizer build's C stack frames still hold stale pointers to (the collector scans the C stack conservatively)
import _weakref
import gc


class C:
    pass


def shape(text):
    # Addresses differ from run to run: keep the words around them.
    return " ".join(word for word in text.split() if not word.startswith("0x") and
                    not word.startswith("'0x"))


o = C()
r = _weakref.ref(o)
print(r() is o, _weakref.ref(o) is r, _weakref.ReferenceType is _weakref.ref)
print(type(r), type(r).__name__, type(r).__module__, type(r).__qualname__)
print(r.__callback__, _weakref.getweakrefcount(o), o.__weakref__ is r)
print(shape(repr(r)))


def cb(ref):
    print("callback got its ref:", ref is r2)


r2 = _weakref.ref(o, cb)
r3 = _weakref.ref(o, None)
print(r2 is not r, r3 is r, r2.__callback__ is cb)
print(_weakref.getweakrefs(o) == [r, r2], _weakref.getweakrefcount(o))
r4 = _weakref.ref(o, cb)
print(_weakref.getweakrefs(o)[1] is r4, _weakref.getweakrefs(o)[2] is r2)
print(r == r2, r != r2, r == 1, hash(r) == hash(o), hash(r2) == hash(r))
del r4

named = C()
named.__name__ = "given"
print(shape(repr(_weakref.ref(named))))

del o
gc.collect()
print(r(), r2(), r2.__callback__, _weakref.getweakrefcount(r))
print(shape(repr(r)))
print(r == r2, r == r, r != r2)
print(hash(r) == hash(r))  # computed while alive: kept

o2 = C()
r5 = _weakref.ref(o2)
del o2
gc.collect()
try:
    hash(r5)
except TypeError as e:
    print("TypeError:", e)

for bad in (1, 1.5, "s", b"b", None, [], {}, (), object()):
    try:
        _weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    _weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref.ref(C, None, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
try:
    r(x=1)
except TypeError as e:
    print("TypeError:", e)
print(_weakref.ref[int])
