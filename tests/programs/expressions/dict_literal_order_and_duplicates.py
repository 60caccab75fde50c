# Dict displays keep insertion order; a repeated key keeps its first position and last value.
d = {"b": 1, "a": 2, "c": 3, "a": 4}
print(d, list(d))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d = {}
d["z"] = 1
d["y"] = 2
d["z"] = 3
print(d)
del d["z"]
d["z"] = 4
print(d)
print({(1, 2): "tuple key", None: "none key", frozenset(): "frozenset key"})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2))
print({**{}, **{}}, {} == dict(), {"a": 1} == {"a": 1.0})
