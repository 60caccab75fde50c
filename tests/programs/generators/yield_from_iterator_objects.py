# yield from works with any iterable; send() to a non-generator iterator fails with AttributeError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))

class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("manual value")
        return self.i

def delegate(it):
    result = yield from it
    yield ("result", result)

print(list(delegate(Squares(4))))
print(list(delegate(Manual())))
print(list(delegate({"k": 1, "j": 2})))
g = delegate(iter([1, 2]))
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    list(delegate(5))
except TypeError as e:
    print("TypeError:", e)
