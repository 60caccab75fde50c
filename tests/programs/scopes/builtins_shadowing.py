# Module globals shadow builtins; deleting the global reveals the builtin again.
print(len("abc"))
len = lambda obj: "shadowed"
print(len("abc"))
del len
print(len("abc"))

def local_shadow():
    print = lambda *a: None
    print("never shown")
    return "local print was used"
print(local_shadow())

def reads_builtin():
    return max(3, 7)
print(reads_builtin())
max = min
print(reads_builtin())
del max
print(reads_builtin())
import sys
print(type(__builtins__).__name__)
True_ = True
print(True_, None is None)
try:
    del len
except NameError as e:
    print("NameError:", e)
