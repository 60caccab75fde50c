# The right-hand side is evaluated before targets; targets are evaluated left to right.
def trace(label, value):
    print("eval", label)
    return value

class Target:
    def __setattr__(self, name, value):
        print("set", name, value)

class Sub:
    def __setitem__(self, key, value):
        print("setitem", key, value)

t = Target()
s = Sub()
trace("obj1", t).a, trace("obj2", s)[trace("key", "k")] = trace("rhs", (1, 2))

d = {}
d[trace("k1", "a")] = trace("v1", 1)
print(d)

result = trace("left", 1) + trace("right", 2) * trace("third", 3)
print(result)

def f(*args, **kw):
    return args, kw
print(f(trace("p1", 1), trace("p2", 2), k=trace("kw", 3)))

print({trace("dk1", "a"): trace("dv1", 1), trace("dk2", "b"): trace("dv2", 2)})
