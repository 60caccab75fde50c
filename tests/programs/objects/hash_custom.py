# __hash__ results: large values are reduced, -1 becomes -2, non-int is an error.
class Big:
    def __hash__(self): return 2**100
class MinusOne:
    def __hash__(self): return -1
class Bad:
    def __hash__(self): return "x"
class Boolish:
    def __hash__(self): return True

print(hash(Big()) == hash(2**100))
print(hash(MinusOne()))
print(hash(Boolish()))
try:
    hash(Bad())
except TypeError as e:
    print("TypeError:", e)
d = {}
class K:
    def __init__(self, k): self.k = k
    def __hash__(self): return 0
    def __eq__(self, o): return self.k == o.k
d[K(1)] = "one"
d[K(2)] = "two"
d[K(1)] = "uno"
print(len(d), d[K(1)], d[K(2)])
