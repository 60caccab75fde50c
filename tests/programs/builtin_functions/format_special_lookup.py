# format(), round(), math.trunc() and sys.getsizeof() look their special method up on the
# type: a class is formatted by its metaclass, an instance attribute is not consulted.
import math
import sys
print(format(object, ""), format(int), f"{str}", "{}".format(type))
class Meta(type):
    def __format__(cls, spec): return "meta" + spec
    def __round__(cls, ndigits=None): return "meta-round"
class C(metaclass=Meta):
    def __format__(self, spec): return "inst" + spec
    def __round__(self, ndigits=None): return ("inst-round", ndigits)
    def __trunc__(self): return 7
print(format(C), format(C, "x"), format(C()), f"{C():y}")
print(round(C), round(C()), round(C(), 2), math.trunc(C()))
c = C()
c.__format__ = lambda spec: "instance attribute"
print(format(c))
class NoFormat:
    __format__ = None
try:
    format(NoFormat())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(C) > 0, sys.getsizeof(1) > 0)
