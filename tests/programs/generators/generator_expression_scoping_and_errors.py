# Generator expressions evaluate the first iterable at once; the rest lazily and in their own scope.
def src(label, data):
    print("evaluating", label)
    return data

gen = ((a, b) for a in src("outer", [1, 2]) for b in src("inner", "xy"))
print("created")
print(next(gen))
print(list(gen))

class C:
    items = [1, 2, 3]
    limit = 2
    first_ok = list(x for x in items)
    try:
        uses_class_var = list(x for x in items if x < limit)
    except NameError as e:
        error = str(e)
print(C.first_ok, C.error)

x = "module x"
g = (x for x in "abc")
print(list(g), x)
g = (n for n in range(3))
print(sum(g), sum(g))
print(sorted(x * 2 for x in {3, 1, 2}))
