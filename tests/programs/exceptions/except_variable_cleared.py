# The 'as' target is deleted at the end of the except block.
e = "before"
try:
    raise ValueError("x")
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
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
saved = None
try:
    raise KeyError("k")
except KeyError as e2:
    saved = e2
print("saved:", repr(saved))
