# import a.b.c binds the top package; every package on the way runs once
# and each submodule becomes an attribute of its parent.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
import shapes.flat.square
print(shapes.__name__, shapes.KIND)
print(shapes.flat.square.SIDES, shapes.flat.square.area(3))
print(sorted(k for k in sys.modules if k.startswith("shapes")))
import shapes.flat.square
import shapes.flat.circle as circle
print(circle.__name__, circle.area(2))
print("circle" in dir(shapes.flat), "flat" in dir(shapes))
print(shapes.__doc__)
