# f-string conversions !s !r !a and their interaction with format specs.
class Thing:
    def __str__(self):
        return "str-of-thing"
    def __repr__(self):
        return "repr-of-thing"
    def __format__(self, spec):
        return f"format-of-thing[{spec}]"

t = Thing()
print(f"{t}")
print(f"{t!s}")
print(f"{t!r}")
print(f"{t!a}")
print(f"{t:xyz}")
print(f"{t!r:>20}|")
print(f"{t!s:*^20}|")
name = "café ☕"
print(f"{name!r} {name!a} {name!s}")
print(f"{'quoted'!r:>12}|")
print(f"{3.0!r} {3.0!s} {1e100!r}")
print(f"{None!r} {True!s}")
print(f"{[1, 'a']!r} {(1,)!a}")
