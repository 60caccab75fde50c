print("circ.first starts")
from . import second
VALUE = "first value"
def use():
    return second.VALUE
print("circ.first ends")
