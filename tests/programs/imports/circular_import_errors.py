# The circular-import hints of ImportError and AttributeError.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
try:
    import circ.ping
except ImportError as error:
    print(type(error).__name__ + ":", str(error).replace(__file__.rpartition("/")[0], "DIR"))
    print(error.name, error.path.rpartition("/_packages/")[2])
try:
    import circ.attr_early
except AttributeError as error:
    print(type(error).__name__ + ":", error)
