# type(name, bases, dict) creates classes; type(x) returns the type.
def init(self, v):
    self.v = v
Point = type("Point", (object,), {"__init__": init, "kind": "pt",
                                  "__repr__": lambda self: f"Point({self.v})"})
p = Point(3)
print(p, p.kind, type(p) is Point, Point.__name__, Point.__qualname__)
print(type(1), type("s"), type(None), type(type))
print(Point.__module__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", "B")
except TypeError as e:
    print("TypeError:", e)
