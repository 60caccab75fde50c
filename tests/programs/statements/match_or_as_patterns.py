# Or-patterns try alternatives left to right; as-patterns bind the matched subject.
def f(x):
    match x:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [("a" | "b") as letter, (int() | float()) as num]:
            return f"letter {letter} number {num}"
        case {"k": [1, *_] | (2, *_) as seq}:
            return f"dict value {seq}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case [x, y] | (x, y, _):
            return f"x={x} y={y}"
        case _:
            return "none"

for v in [2, ["a", 1.5], ["b", 3], ["c", 3], {"k": [1, 2]}, {"k": (2,)}, {"k": [3]},
          "s", b"b", [10, 20], (10, 20, 30), 99]:
    print(repr(v), "->", f(v))

match 5:
    case 1 | 2 as n:
        print("no")
    case (4 | 5 | 6) as n:
        print("matched", n)
