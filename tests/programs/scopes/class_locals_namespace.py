# The class body runs once, top to bottom, in a fresh namespace that becomes the class __dict__.
order = []
class C:
    order.append("body start")
    a = 1
    b = a + 1
    ns = sorted(k for k in locals() if not k.startswith("__"))
    module = __module__
    qualname = __qualname__
    def method(self):
        return "m"
    order.append("body end")
    del a

print(order)
print(C.ns, C.module, C.qualname, C.b, hasattr(C, "a"))
print(sorted(k for k in C.__dict__ if not k.startswith("__")))

def make():
    class Local:
        q = __qualname__
    return Local.q
print(make())
