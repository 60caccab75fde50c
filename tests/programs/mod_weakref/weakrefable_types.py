# Which objects accept weak references, as in CPython; __weakref__ and __weakrefoffset__.
import types
import weakref


class C:
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class FromSet(set):
    pass


class FromInt(int):
    pass


def gen():
    yield 1


async def coro():
    pass


def check(label, value):
    try:
        r = weakref.ref(value)
        print(label, "ok", r() is value)
    except TypeError as e:
        print(label, "TypeError:", e)


check("instance", C())
check("class", C)
check("builtin type", int)
check("function", check)
check("lambda", lambda: 0)
check("bound method", C().__init__)
check("builtin function", len)
check("module", types)
check("code", check.__code__)
check("set", set())
check("frozenset", frozenset())
check("set subclass", FromSet())
check("generator", gen())
c = coro()
check("coroutine", c)
c.close()
check("GenericAlias", list[int])
check("memoryview", memoryview(b"ab"))
check("slotted", Slotted())
check("slotted with __weakref__", SlottedWeak())
check("int subclass", FromInt(3))
check("list", [])
check("dict", {})
check("tuple", (1,))
check("str", "s")
check("object", object())
check("property", property())
check("None", None)
check("exception", ValueError())

for t in (C, Slotted, SlottedWeak, FromSet, FromInt, object, int, list):
    print(t.__name__, t.__weakrefoffset__ != 0, "__weakref__" in t.__dict__)

x = C()
print(x.__weakref__)
r = weakref.ref(x)
print(x.__weakref__ is r)
s = SlottedWeak()
print(s.__weakref__)
try:
    Slotted().__weakref__
except AttributeError as e:
    print("AttributeError:", e)
