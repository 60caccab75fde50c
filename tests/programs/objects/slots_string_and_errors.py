# __slots__ given as a single string, empty slots, and invalid slot items.
class S:
    __slots__ = "only"
s = S()
s.only = "yes"
print(s.only, S.__slots__)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Dup:
    __slots__ = ("a", "a")   # CPython 3.11 accepts duplicate names
d = Dup()
d.a = 1
print("Dup ok", d.a)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3:
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError:", e)
