# NameError and UnboundLocalError messages and the .name attribute.
try:
    undefined_thing
except NameError as e:
    print("NameError:", e, "| name =", e.name)
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def g():
    def inner():
        return y
    try:
        return inner()
    finally:
        pass
    y = 2
try:
    g()
except NameError as e:
    print(type(e).__name__ + ":", e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
