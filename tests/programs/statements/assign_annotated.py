# Annotated assignments: module and class __annotations__, annotation without a value.
x: int = 5
y: "a string annotation"
z: list[int] = [1]
print(x, z)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print("NameError:", e)

class C:
    a: int
    b: str = "bee"
    c: float = 1.5

print(C.__annotations__)
print(C.b, C.c, hasattr(C, "a"))

def f():
    local: int = 3
    other: str
    print("local", local)
    try:
        print(other)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

f()
print(hasattr(f, "__annotations__"), f.__annotations__)

class D:
    pass

d = D()
d.attr: int = 10
print(d.attr)
lst = [0, 0]
lst[1]: int = 9
print(lst)

def side_effect():
    print("annotation evaluated")
    return int

w: side_effect() = 1
print(__annotations__["w"])
