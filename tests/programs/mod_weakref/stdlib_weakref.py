# The weakref module over _weakref: WeakSet, WeakValueDictionary,
# unsanitized: expects gc.collect() to free objects that the sanitizer build's C stack frames still hold stale pointers to (the collector scans the C stack conservatively)
# WeakKeyDictionary, WeakMethod, finalize.
import gc
import weakref


class C:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "C(%r)" % self.name

    def method(self):
        return self.name


a, b, c = C("a"), C("b"), C("c")
ws = weakref.WeakSet([a, b])
print(len(ws), a in ws, c in ws, sorted(x.name for x in ws))
wv = weakref.WeakValueDictionary(a=a, b=b)
wk = weakref.WeakKeyDictionary({a: 1, b: 2})
print(sorted(wv), sorted(k.name for k in wk), wv["a"] is a, wk[b])
wm = weakref.WeakMethod(a.method)
print(wm()(), wm() == a.method)
fin = weakref.finalize(b, print, "finalize b")
print(fin.alive, fin.peek()[0] is b)
del b
gc.collect()
print(len(ws), sorted(wv), sorted(k.name for k in wk), fin.alive)
f2 = weakref.finalize(c, print, "finalize c at exit")
print(f2.atexit)
d = weakref.WeakValueDictionary()
d["x"] = c
print(d.get("x"), d.get("y"), list(d.keys()))
