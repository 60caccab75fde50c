# weakref.proxy: forwarding, reuse, callable proxies, ReferenceError once dead.
# unsanitized: expects gc.collect() to free objects that the sanitizer build's C stack frames still hold stale pointers to (the collector scans the C stack conservatively)
import gc
import weakref


class C:
    def __init__(self):
        self.items = [3, 1, 2]
        self.x = 1

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, v):
        return v in self.items

    def __add__(self, other):
        return "add " + repr(other)

    def __radd__(self, other):
        return "radd " + repr(other)

    def __iadd__(self, other):
        return "iadd " + repr(other)

    def __neg__(self):
        return "neg"

    def __index__(self):
        return 2

    def __bool__(self):
        return False

    def __str__(self):
        return "str of C"

    def __eq__(self, other):
        return "eq " + type(other).__name__

    def __lt__(self, other):
        return True

    def __bytes__(self):
        return b"bytes of C"

    def __reversed__(self):
        return iter(["reversed"])

    def method(self):
        return "method called"


o = C()
p = weakref.proxy(o)
print(type(p).__name__, type(p).__module__, p is weakref.proxy(o), p.__class__ is C)
print(p.x, p.method(), len(p), p[0], 3 in p, list(p), str(p), bytes(p), list(reversed(p)))
p.y = 5
print(o.y)
del p.y
print(hasattr(o, "y"), hasattr(p, "nothing"))
p[0] = 10
del p[1]
print(o.items, p + 1, 1 + p, -p, bool(p), p == 3, p < 1, [0, 1, 2, 3][p])
q = p
q += 1
print(q)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(weakref.getweakrefcount(o))


def f(a, b=2):
    return a + b


cp = weakref.proxy(f)
print(type(cp).__name__, cp(1), cp(1, b=5), callable(cp), callable(p))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))

r = weakref.ref(o)
print(weakref.getweakrefs(o)[0] is r, weakref.getweakrefs(o)[1] is p)

seen = []
pc = weakref.proxy(o, lambda pr: seen.append(type(pr).__name__))
del o
gc.collect()
print(seen, r())
for action in (lambda: p.x, lambda: len(p), lambda: str(p), lambda: p + 1, lambda: bool(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)

n = 5
try:
    weakref.proxy(n)
except TypeError as e:
    print("TypeError:", e)


def shape(text):
    return " ".join(word for word in text.split() if not word.startswith("0x"))


o = C()
print(shape(repr(weakref.proxy(o))), repr(weakref.proxy(o)).count("0x"))
dead = weakref.proxy(C())
import gc
gc.collect()
print(shape(repr(dead)))
