# nonlocal can target a parameter of the enclosing function, and loops rebinding cells.
def outer(param):
    def inner():
        nonlocal param
        param = param * 2
        return param
    inner()
    inner()
    return param
print(outer(3), outer("ab"))

def collect():
    fs = []
    for i in range(3):
        def setter(v):
            nonlocal i
            i = v
        fs.append(setter)
    fs[0](100)
    return i
print(collect())

def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(3):
        bump()
        yield count
print(list(counter_gen()))
