# builtins.__import__ replaced by a program sees every import statement.
import builtins
original = builtins.__import__
seen = []
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing_import
import sys
from sys import path
def inner():
    import builtins as b
    return b
inner()
builtins.__import__ = original
import sys as done
print(seen)
print(__import__("sys").__name__, type(__import__))
