# from m import x, y / as / submodules through a from list.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/_packages")
from plain import GREETING, bump as increment
print(GREETING, increment(), increment())
from shapes.flat import square, circle
print(square.__name__, circle.__name__)
from shapes import flat
print(flat.__name__)
import plain
print(plain.counter, plain.bump())
from shapes.flat.square import area, SIDES as sides
print(area(5), sides)
