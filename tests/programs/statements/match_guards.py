# Guards run after the pattern binds; a failing guard moves on, but bindings may remain.
def sign(n):
    match n:
        case int(x) if x > 0:
            return "positive"
        case int(x) if x < 0:
            return "negative"
        case 0:
            return "zero"
        case _:
            return "not an int"

for v in [5, -2, 0, "x"]:
    print(v, sign(v))

def checked(label, result):
    print("guard", label, "->", result)
    return result

match (1, 2):
    case (a, b) if checked("first", False):
        print("not taken")
    case (a, b) if checked("second", a < b):
        print("taken with", a, b)
    case _:
        print("not reached")

match [3, 4]:
    case [x, y] if x + y == 7:
        print("sum is seven:", x, y)

def g(point):
    match point:
        case (x, y) if x == y:
            return f"on diagonal at {x}"
        case (x, y):
            return f"off diagonal {x} {y}"

print(g((2, 2)), "|", g((1, 3)))
