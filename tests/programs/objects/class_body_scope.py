# Class body scope: names are not visible from methods or comprehensions' inner scopes.
x = "global"
class C:
    x = "class"
    y = x
    def f(self):
        return x
    items = [x for _ in range(1)]
    z = [i for i in range(3)]
print(C.y, C().f(), C.items, C.z)
def outer():
    v = "enclosing"
    class K:
        w = v
        def m(self):
            return v
    return K
K = outer()
print(K.w, K().m())
class Counter:
    count = 0
    for i in range(3):
        count += i
    del i
print(Counter.count, hasattr(Counter, "i"))
