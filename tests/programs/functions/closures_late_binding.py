# Closures see the variable, not its value at creation time.
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([fn() for fn in funcs])
i = 10
print([fn() for fn in funcs])

def make():
    result = []
    for j in range(3):
        result.append(lambda: j)
    j = "changed after the loop"
    return result
print([fn() for fn in make()])

def make_fixed():
    return [(lambda j=j: j) for j in range(3)]
print([fn() for fn in make_fixed()])

def make_via_factory():
    def factory(k):
        return lambda: k
    return [factory(k) for k in range(3)]
print([fn() for fn in make_via_factory()])
