# Mutating a dict or set while iterating over it raises RuntimeError.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "a", 2: "b"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k] * 2
print(d)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1}
try:
    # clear + insert keeps the size, so CPython 3.11 reports nothing here
    for k in d.keys():
        d.clear()
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
print("same size, different keys:", d)
