# The name bound by "except ... as e" is deleted when the clause ends.
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    return saved

print("saved:", repr(f()))

x = 0
try:
    raise KeyError("k")
except KeyError as x:
    pass
print("x defined afterwards:", "x" in globals())
