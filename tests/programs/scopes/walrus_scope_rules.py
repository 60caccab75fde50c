# := in a comprehension binds in the containing scope, respecting global/nonlocal.
def outer():
    total = 0
    def inner():
        nonlocal total
        [total := total + v for v in range(4)]
    inner()
    return total
print(outer())

def uses_global():
    global g
    [g := v for v in "xyz"]
print(uses_global(), g)

def fn():
    [found := x for x in range(5) if x == 3]
    return found
print(fn())

values = [w := 7, w + 1]
print(values, w)
def lambda_walrus():
    f = lambda: (q := 5) + q
    return f()
print(lambda_walrus())
