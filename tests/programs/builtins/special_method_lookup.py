# Special methods are looked up on the type, never through the instance's __getattribute__,
# and bound through their descriptor's __get__: bytes, reversed, sys.getsizeof, complex,
# format, math.floor/trunc/ceil, dir, round, len hints, with, isinstance, dict __missing__.
import sys, math
calls = []
class Checker:
    def stop(self):
        raise StopIteration
    def __getattribute__(self, attr):
        calls.append(attr)
        return object.__getattribute__(self, attr)
def mk(name, impl, **env):
    X = type("X", (Checker,), dict(env, **{name: impl}))
    return X()
iden = lambda self: self
tests = [
    ("__bytes__", bytes, lambda self: b"hi"),
    ("__reversed__", reversed, lambda self: []),
    ("__sizeof__", sys.getsizeof, lambda self: 0),
    ("__complex__", complex, lambda self: 1j),
    ("__format__", format, lambda self, spec: "f"),
    ("__floor__", math.floor, lambda self: 0),
    ("__trunc__", math.trunc, lambda self: 0),
    ("__ceil__", math.ceil, lambda self: 0),
    ("__dir__", dir, lambda self: []),
    ("__round__", round, lambda self: 0),
]
for name, runner, impl in tests:
    calls.clear()
    runner(mk(name, impl))
    print(name, calls)
calls.clear()
list(mk("__length_hint__", lambda self: 0, __iter__=iden, __next__=Checker.stop))
print("__length_hint__", calls)
class Ctx(Checker):
    def __enter__(self): return self
    def __exit__(self, *a): pass
calls.clear()
with Ctx(): pass
print("with", calls)
print(isinstance(1, mk("__instancecheck__", lambda self, o: True)), calls[-3:])
class SpecialDescr:
    def __init__(self, impl): self.impl = impl
    def __get__(self, obj, owner): return self.impl.__get__(obj, owner)
for name, runner, impl in tests + [("__instancecheck__", lambda o: isinstance(1, o), lambda self, o: True), ("__subclasscheck__", lambda o: issubclass(int, o), lambda self, o: True), ("__missing__", lambda o: None, None)]:
    if impl is None: continue
    try:
        runner(mk(name, SpecialDescr(impl)))
        print(name, "ok")
    except Exception as e:
        print(name, type(e).__name__, e)
class E(Checker):
    def __exit__(self, *a): pass
E.__enter__ = SpecialDescr(lambda self: self)
with E(): print("enter ok")
class DictSub(dict):
    pass
DictSub.__missing__ = SpecialDescr(lambda self, key: key * 2)
print(DictSub()["ab"])
