# A PEP 420 namespace package spread over two folders of sys.path.
import sys
base = __file__.rpartition("/")[0] + "/_packages"
sys.path[:0] = [base + "/ns_one", base + "/ns_two"]
import spread.alpha
import spread.beta
print(spread.alpha.NAME, spread.beta.NAME)
print([p.rpartition("/_packages/")[2] for p in spread.__path__])
print(type(spread.__path__).__name__, len(spread.__path__))
print(spread.__file__, spread.__spec__.origin, spread.__spec__.has_location)
print(type(spread.__loader__).__name__, type(spread.__spec__.loader).__name__)
print(spread.__package__, spread.__spec__.parent)
