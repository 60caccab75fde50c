# nonlocal rebinds a variable of the nearest enclosing function scope.
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())

def levels():
    a = 1
    def middle():
        a = 2
        def inner():
            nonlocal a
            a += 10
            return a
        result = inner()
        return result, a
    return middle(), a
print(levels())

def skip_level():
    v = "top"
    def middle():
        def inner():
            nonlocal v
            v = "set from two levels down"
        inner()
    middle()
    return v
print(skip_level())

def make_accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, items
    return add
acc = make_accumulator()
print(acc(1), acc(2))

def nonlocal_del():
    z = 1
    def inner():
        nonlocal z
        del z
    inner()
    try:
        return z
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(nonlocal_del())
