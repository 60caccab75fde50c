print("circ.second starts")
from . import first
VALUE = "second value"
def peek():
    return first.VALUE
print("circ.second ends")
