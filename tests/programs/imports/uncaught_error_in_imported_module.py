# An exception escaping a module body imported two levels deep: the
# traceback shows each import statement and the module frames.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
import tracebacks.outer
