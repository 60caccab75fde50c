# Built-in types like int, str, list match their subject itself with one positional pattern.
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([int(a), *_]):
            return f"list starting with int {a}"
        case list(items):
            return f"list {items}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return "other"

for v in [True, -3, 7, 2.5, "", "x", [1, "a"], ["a"], {"k": 1}, (1, 2), (1, 2, 3), None]:
    print(repr(v), "->", kind(v))

class MyInt(int):
    pass

match MyInt(5):
    case int(v):
        print("subclass matched int", v, type(v).__name__)
