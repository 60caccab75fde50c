# breakpoint() calls sys.breakpointhook with its arguments; without the hook it fails.
import sys


def hook(*args, **kwargs):
    print("hook called with", args, sorted(kwargs.items()))
    return "hook result"


print(sys.breakpointhook is sys.__breakpointhook__, callable(breakpoint))
sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, "two", key=3))
sys.breakpointhook = 42
try:
    breakpoint()
except TypeError as error:
    print("TypeError:", error)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as error:
    print("RuntimeError:", error)
sys.breakpointhook = sys.__breakpointhook__
print(type(sys.__breakpointhook__).__name__)
