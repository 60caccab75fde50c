# Mapping patterns match keys (extra keys allowed), with **rest and value sub-patterns.
def f(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"type": str(t)}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

print(f({"type": "point", "x": 1, "y": 2, "z": 3}))
print(f({"type": "circle", "r": 5, "color": "red", "fill": True}))
print(f({"type": "square"}))
print(f({"type": 1}))
print(f({}))
print(f([("type", "point")]))

class Lookup(dict):
    def __missing__(self, key):
        print("__missing__ must not be called", key)
        return 0

print(f(Lookup(type="circle", r=1)))
print(f(Lookup(type="point", x=1)))

match {1: "one", 2: "two"}:
    case {1: v1, 2: v2, **others}:
        print(v1, v2, others)
