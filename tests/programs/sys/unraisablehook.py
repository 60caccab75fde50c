# sys.unraisablehook: an exception escaping __del__ reaches the hook as an
# UnraisableHookArgs; a failing hook is reported by the default hook; the default hook's
# report (message, object, traceback, type and value) for objects with a stable repr.
# unsanitized: expects gc.collect() to run the __del__ of objects that the sanitizer build's C stack frames still hold stale pointers to (the collector scans the C stack conservatively)
import gc
import sys
sys.stderr = sys.stdout
print(sys.unraisablehook is sys.__unraisablehook__)
captured = []
class A:
    def __del__(self):
        1 / 0
def hook(u):
    captured.append(u)
    print("hook:", type(u).__name__, len(u), u.err_msg, u.object.__qualname__,
          u.exc_type.__name__, u.exc_value, u.exc_traceback is not None)
sys.unraisablehook = hook
a = A(); del a; gc.collect()
Args = type(captured[0])
class Err(Exception):
    pass
def raiser():
    raise Err("custom")
try:
    raiser()
except Err as e:
    err = e
sys.__unraisablehook__(Args((Err, err, err.__traceback__, None, "the object")))
sys.__unraisablehook__(Args((Err, err, None, "Exception ignored while testing", "obj")))
sys.__unraisablehook__(Args((KeyError, KeyError("k"), None, "Only a message", None)))
sys.__unraisablehook__(Args((ValueError, None, None, None, None)))
class BadRepr:
    def __repr__(self):
        raise RuntimeError
sys.__unraisablehook__(Args((ValueError, ValueError("v"), None, None, BadRepr())))
class BadHook:
    def __repr__(self):
        return "<bad hook>"
    def __call__(self, u):
        raise ValueError("in hook")
sys.unraisablehook = BadHook()
a = A(); del a; gc.collect()
sys.unraisablehook = hook
for call in (lambda: sys.__unraisablehook__(), lambda: sys.__unraisablehook__(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
