# Defining __eq__ without __hash__ sets __hash__ to None.
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, other): return isinstance(other, V) and self.x == other.x

print(V.__hash__)
try:
    hash(V(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {V(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {V(1): 2}
except TypeError as e:
    print("TypeError:", e)

class H(V):
    def __hash__(self): return hash(self.x)
print(len({H(1), H(1), H(2)}))

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
print(hash(Plain()) == hash(Plain()) or True)
