# An uncaught ModuleNotFoundError from a package's own import.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
from shapes.flat import square, triangle
