# AttributeError messages and its name/obj attributes.
class C: pass
c = C()
try:
    c.missing
except AttributeError as e:
    print(e, "|", e.name, e.obj is c)
try:
    (5).real = 2
except AttributeError as e:
    print(e)
try:
    "s".nope
except AttributeError as e:
    print(e, "|", e.name)
try:
    C.nope
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    [].appendd
except AttributeError as e:
    print(e)
e = AttributeError("custom")
print(e.name, e.obj)
e2 = AttributeError("m", name="n", obj=1)
print(e2.name, e2.obj, e2.args)
