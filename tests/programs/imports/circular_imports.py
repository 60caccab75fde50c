# Circular imports that work on partially initialised modules.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
import circ.first
print(circ.first.use(), circ.second.peek())
print(circ.first.second is circ.second, circ.second.first is circ.first)
