# Closures keep their enclosing variables alive; each call of the outer function makes new cells.
def make_counter(start=0):
    count = start
    def increment(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return increment, get

inc_a, get_a = make_counter()
inc_b, get_b = make_counter(100)
print(inc_a(), inc_a(), inc_a(5), get_a())
print(inc_b(), get_b(), get_a())
print(inc_a.__closure__ is not None, len(inc_a.__closure__), inc_a.__code__.co_freevars)
print(inc_a.__closure__[0].cell_contents)

def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])

def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(-1)(1))
def outer():
    x = "late"
    def show():
        return x
    x = "rebound before call"
    return show
print(outer()())
