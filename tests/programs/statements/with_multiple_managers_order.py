# Several managers in one with: entered left to right, exited right to left.
class M:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else "-")
        return self.suppress

with M("a") as a, M("b") as b, M("c") as c:
    print("body", a, b, c)

with (
    M("p1") as p1,
    M("p2") as p2,
):
    print("parenthesized", p1, p2)

with M("outer", suppress=True), M("inner"):
    raise ValueError("x")
print("outer suppressed the error after inner saw it")

class Fails:
    def __enter__(self):
        print("enter fails")
        raise LookupError("no")
    def __exit__(self, *a):
        print("never")

try:
    with M("first"), Fails(), M("never-entered"):
        pass
except LookupError as e:
    print("LookupError", e)
