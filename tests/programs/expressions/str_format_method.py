# str.format: automatic and explicit fields, keywords, attributes, indexes, nested specs.
class P:
    x = 3
    y = [10, 20]

print("{} {} {}".format(1, "two", 3.0))
print("{2} {1} {0} {1}".format("a", "b", "c"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0.x} {0.y[1]} {d[k]}".format(P, d={"k": "v"}))
print("{:>{w}} {:.{p}f}".format("r", 2.71828, w=5, p=2))
print("{!r} {!s} {!a}".format("s", "t", "ü"))
print("{{}} {{{}}}".format("in braces"))
print("{0:{1}{2}{3}}".format("x", "-", "^", 7))
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{}{}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError:", e)
print("{:,}".format(1234567), "{:08.3f}".format(-3.14159), format(42, "b"), format("s", "^5"))
print("{0[0]}{0[1]}".format("ab"), "{:%Y}".format(type("D", (), {"__format__": lambda s, f: f"<{f}>"})()))
