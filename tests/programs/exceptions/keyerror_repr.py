# KeyError's str() is the repr of its key when it has one argument.
for k in ("name", 1, (1, 2), "", None, "it's"):
    e = KeyError(k)
    print(str(e), "|", repr(e))
print(str(KeyError()), "|", str(KeyError("a", "b")))
try:
    {}["x"]
except KeyError as e:
    print("caught", e, e.args)
try:
    {}[(1,)]
except KeyError as e:
    print("caught", e)
try:
    set().remove(3)
except KeyError as e:
    print("caught", repr(e))
try:
    {}.pop("p")
except KeyError as e:
    print("caught", repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("caught", repr(e))
