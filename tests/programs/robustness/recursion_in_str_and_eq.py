# RecursionError from __eq__ and __str__ recursion is catchable.
class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print("RecursionError from __eq__:", e)
class S:
    def __str__(self):
        return str(self)
try:
    print(S())
except RecursionError as e:
    print("RecursionError from __str__:", e)
class G:
    def __getattr__(self, name):
        return getattr(self, "_" + name)
try:
    G().x
except RecursionError as e:
    print("RecursionError from __getattr__:", e)
print("continuing")
