# sys._getframe(): code name, line number, and the caller's frame.
import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno
def caller_name():
    return sys._getframe(1).f_code.co_name
def outer():
    return caller_name()
print(where())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
print(outer())
f = sys._getframe()
print(f.f_back, f.f_globals is globals(), "f" in f.f_locals)
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
