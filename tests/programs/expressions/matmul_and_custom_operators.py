# Every binary operator dispatches to its dunder on user classes, including @.
class Op:
    def __init__(self, name):
        self.name = name
    def _make(op):
        def method(self, other):
            return f"{self.name} {op} {other}"
        return method
    for _name, _sym in [("add", "+"), ("sub", "-"), ("mul", "*"), ("matmul", "@"), ("truediv", "/"),
                        ("floordiv", "//"), ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"),
                        ("and", "&"), ("or", "|"), ("xor", "^"), ("lt", "<"), ("le", "<="), ("gt", ">"),
                        ("ge", ">="), ("eq", "=="), ("ne", "!=")]:
        locals()[f"__{_name}__"] = _make(_sym)
    del _name, _sym, _make
    def __rmatmul__(self, other):
        return f"{other} @ {self.name} (reflected)"

a = Op("a")
for expr in ["a + 1", "a - 1", "a * 1", "a @ 1", "a / 1", "a // 1", "a % 1", "a ** 1", "a << 1",
             "a >> 1", "a & 1", "a | 1", "a ^ 1", "a < 1", "a <= 1", "a > 1", "a >= 1", "a == 1",
             "a != 1", "1 @ a", "1 > a"]:
    print(expr, "=>", eval(expr))
x = Op("x")
x @= 5
print(x)
