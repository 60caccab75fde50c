# Functions as values: passed, returned, stored in containers, used with map/filter/sorted.
def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed

def double(x):
    return x * 2

def inc(x):
    return x + 1

print(compose(double, inc)(5), compose(inc, double)(5), compose()(7))
ops = {"double": double, "inc": inc, "neg": lambda x: -x}
print({name: f(10) for name, f in ops.items()})
print(list(map(double, [1, 2, 3])), list(filter(lambda x: x % 2, range(10))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
people = [("Ada", 36), ("Bob", 25), ("Cy", 36), ("Di", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))

def my_reduce(f, items, initial):
    acc = initial
    for item in items:
        acc = f(acc, item)
    return acc
print(my_reduce(lambda a, b: a * b, range(1, 8), 1), my_reduce(lambda a, b: b + a, "abc", ""))

def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(double, 10)(1))
print(any(f(0) for f in ops.values()), all(callable(f) for f in ops.values()))
