# The famous t[0] += [x]: the list is extended and then item assignment fails.
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
d = {"k": [1]}
d["k"] += [2]
print(d)
class Obj: pass
o = Obj()
o.v = 1
o.v += 1
print(o.v)
