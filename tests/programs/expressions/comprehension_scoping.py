# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = "outer x"
result = [x for x in range(3)]
print(result, x)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])

class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    factor = 10
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        error = str(e)
print(C.doubled, C.error)

def g():
    items = [[1, 2], [3]]
    return [n for sub in items for n in sub]
print(g())

def order():
    def src(label, data):
        print("iterable", label)
        return data
    return [(a, b) for a in src("outer", [1, 2]) for b in src("inner", "xy")]
print(order())

gen = (x for x in range(3))
try:
    print(i)
except NameError as e:
    print("NameError:", e)
