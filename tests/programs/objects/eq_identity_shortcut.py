# Containers use identity before __eq__ for membership and equality.
class Weird:
    def __eq__(self, o):
        print("__eq__ called")
        return False
    __hash__ = object.__hash__
w = Weird()
print(w == w)
print(w in [w])
print([w] == [w])
print(w in {w})
print(w in [Weird()])
print({w: 1}[w])
print((w,) == (w,))
print([1, w].count(w), [w].index(w))
