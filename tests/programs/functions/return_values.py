# Functions return None by default; return with several values returns a tuple.
def nothing():
    pass

def bare_return():
    return

def several():
    return 1, "two", [3]

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i == 3:
            return f"stopped at {i}"
    return "completed"

print(nothing(), bare_return(), several(), type(several()).__name__)
a, b, c = several()
print(a, b, c)
print(early(-1), early(10), early(2))
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
print([f() for f in (nothing, bare_return)])
