# dict constructors and core methods (insertion order is preserved).
d = dict(a=1, b=2)
print(d, dict([("x", 1), ("y", 2)]), dict({"k": 0}, z=9), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
d["c"] = 3
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", -1), d.setdefault("a", 100), d.setdefault("n", []))
print(d.pop("a"), d.pop("missing", "dflt"), d.popitem(), d)
d.update({"b": 20}, e=5)
d.update([("f", 6)])
print(d, len(d), "b" in d, 20 in d, 20 in d.values())
d["b"] = "replaced"
print(list(d))
del d["b"]
d["b"] = "re-added at end"
print(list(d))
print({**{"a": 1}, **{"a": 2, "b": 3}}, {"a": 1} | {"b": 2})
m = {"a": 1}
m |= {"c": 3}
print(m, m == {"c": 3, "a": 1}, m.copy() is m)
ks = m.keys()
m["z"] = 26
print(ks, "z" in ks, ks & {"a", "q"}, sorted(ks | {"q"}))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
