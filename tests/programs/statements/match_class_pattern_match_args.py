# Class patterns: positional sub-patterns use __match_args__, keywords use attributes.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=5):
            return f"3d with z=5 at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "some point"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 4), Point(3, 0), Point(1, 1), Point3(0, 0, 0),
          Point3(1, 2, 5), Point3(1, 2, 3), "nope"]:
    print(where(p))

class NoArgs:
    def __init__(self):
        self.a = 1

match NoArgs():
    case NoArgs(a=1):
        print("keyword match without __match_args__")

match Point(1, 2):
    case Point(y=2, missing=3):
        print("not reached")
    case Point(x=1):
        print("missing attribute just fails the pattern")
