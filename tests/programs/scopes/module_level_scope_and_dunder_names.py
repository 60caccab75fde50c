# Module-level names: __name__, __builtins__, __doc__, and dir() of the module.
"""Module docstring for the scope test."""
print(__name__)
print(__doc__)
print(sorted(n for n in dir() if n.startswith("__") and n in ("__name__", "__doc__", "__builtins__", "__spec__", "__loader__", "__annotations__")))
a = 1
def f():
    pass
class K:
    pass
print([n for n in dir() if not n.startswith("__")])
print(__spec__)
print(__package__)
print(__annotations__ if "__annotations__" in dir() else "no __annotations__ yet")
