# What each import form binds, in module and function scope.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
import shapes.flat
print(sorted(n for n in dir() if not n.startswith("__")))
import shapes.flat.circle as c
print(c.__name__)
def local_imports():
    import plain
    from shapes.flat import square as sq
    return sorted(locals())
print(local_imports(), "plain" in globals())
class Holder:
    import plain
    from shapes import flat
print(Holder.plain.GREETING, Holder.flat.__name__)
