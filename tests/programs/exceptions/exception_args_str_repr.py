# str() and repr() of exceptions with 0, 1 and 2 args.
for e in (Exception(), Exception("one"), Exception("a", 2), Exception(None),
          ValueError(3), ValueError(""), RuntimeError(("t",)), TypeError([1])):
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
class MyErr(Exception):
    pass
print(repr(MyErr("m")), str(MyErr()), repr(MyErr(1, 2)))
class WithInit(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
w = WithInit(5)
print(repr(w), str(w), w.args, w.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(n.args, str(n))
