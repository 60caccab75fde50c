# del of a local makes it unbound; deleting an unbound name fails.
def f():
    x = 10
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        del x
    except UnboundLocalError as e:
        print("UnboundLocalError on del:", e)
    x = 20
    return x

print(f())

try:
    del never_defined
except NameError as e:
    print("NameError:", e)

def g():
    for i in range(2):
        v = i
        print("v", v)
        del v

g()

class K:
    attr = 1
    del attr

print(hasattr(K, "attr"))
