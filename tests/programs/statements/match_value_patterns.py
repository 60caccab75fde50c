# Value patterns: dotted names are compared with ==, not captured.
class Color:
    RED = "red"
    GREEN = "green"

class Config:
    class Limits:
        MAX = 100

class EqAll:
    def __eq__(self, other):
        print("__eq__ called with", repr(other))
        return other == "magic"

class Holder:
    value = EqAll()

def check(x):
    match x:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Config.Limits.MAX:
            return "is max"
        case _:
            return "no match"

for v in ["red", "green", 100, 100.0, "blue"]:
    print(repr(v), check(v))

match "magic":
    case Holder.value:
        print("matched via __eq__")

match "other":
    case Holder.value:
        print("not matched")
    case _:
        print("fell to wildcard")
