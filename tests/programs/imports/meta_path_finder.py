# Finders that user code puts on sys.meta_path, and loaders with
# create_module/exec_module.
import sys
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.GENERATED = "made for " + module.__name__
        print("exec_module", module.__name__, module.__spec__.name, module.__loader__ is self)
class Finder:
    def __init__(self):
        self.asked = []
    def find_spec(self, fullname, path, target=None):
        self.asked.append((fullname, path is None))
        if fullname.startswith("virtual"):
            spec = ModuleSpec(fullname, Loader(), is_package=fullname == "virtual")
            return spec
        return None
ModuleSpec = type(sys.__spec__)
finder = Finder()
sys.meta_path.insert(0, finder)
import virtual.child
print(virtual.GENERATED, virtual.child.GENERATED)
print(virtual.__path__, virtual.child.__package__, virtual.__spec__.parent)
print(finder.asked)
import sys as again
print(finder.asked[-1])
class Fallback:
    def find_spec(self, fullname, path, target=None):
        if fullname == "only_in_fallback":
            return ModuleSpec(fullname, Loader(), origin="fallback origin")
        return None
sys.meta_path.append(Fallback())
import only_in_fallback
print(only_in_fallback.GENERATED, only_in_fallback)
try:
    import nothere_at_all
except ModuleNotFoundError as error:
    print(error)
