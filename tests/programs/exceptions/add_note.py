# add_note appends to __notes__.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print("TypeError:", t)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("context info")
        raise
except KeyError as k2:
    print(k2.__notes__)
e2 = Exception()
e2.__notes__ = ["custom"]
e2.add_note("more")
print(e2.__notes__)
e3 = Exception()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as t:
    print("TypeError:", t)
