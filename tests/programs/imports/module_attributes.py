# The attributes the import system sets on modules and packages.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
import shapes.flat.square as square
import shapes
for module in (shapes, shapes.flat, square):
    spec = module.__spec__
    print(module.__name__, module.__package__, module.__file__.rpartition("/_packages/")[2])
    print(" ", module.__cached__.rpartition("/_packages/")[2].replace("krait-311", "TAG").replace("cpython-311", "TAG"))
    print(" ", spec.name, spec.parent, spec.has_location, spec.origin == module.__file__)
    print(" ", spec.cached == module.__cached__, type(spec.loader).__name__, spec.loader is module.__loader__)
    locations = spec.submodule_search_locations
    print(" ", None if locations is None else [p.rpartition("/_packages/")[2] for p in locations])
    print(" ", getattr(module, "__path__", "no __path__") == locations if locations is not None else hasattr(module, "__path__"))
    print(" ", type(module.__builtins__).__name__, module.__doc__)
print(type(square.__spec__).__name__, type(square.__spec__).__module__)
print(type(square.__loader__).__module__, type(square.__loader__).__mro__[1].__name__)
print(square.__loader__.name, square.__loader__.path == square.__file__)
print(repr(shapes).replace(shapes.__file__, "FILE"))
