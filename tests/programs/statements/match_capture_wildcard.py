# Capture patterns bind names; _ matches without binding.
def f(x):
    match x:
        case [_, _]:
            return "pair"
        case [first, _, third]:
            return f"triple {first} {third}"
        case anything:
            return f"captured {anything!r}"

print(f([1, 2]))
print(f([1, 2, 3]))
print(f("str"))

match 42:
    case n:
        print("n is bound:", n)
print("n after match:", n)

_ = "underscore var"
match 7:
    case _:
        print("wildcard did not bind, _ =", _)

match (1, 2):
    case (a, b) if a > b:
        print("not taken")
    case (a, b):
        print("a, b =", a, b)
