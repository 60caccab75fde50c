# A walrus inside a comprehension binds in the enclosing function (or module) scope.
data = [1, 5, 2, 8, 3]
big = [last := x for x in data if x > 2]
print(big, last)

def first_negative(items):
    if any((hit := x) < 0 for x in items):
        return hit
    return None
print(first_negative([4, 2, -7, 3, -1]), first_negative([1, 2]))

def running():
    acc = 0
    sums = [acc := acc + v for v in range(1, 6)]
    return sums, acc
print(running())

def outer():
    captured = [found := n for n in range(10) if n * n > 20][:1]
    def inner():
        return found
    return captured, inner()
print(outer())

print([y for x in range(4) if (y := x * 10) > 5])
print(y)
print({(m := k): m * 2 for k in "ab"}, m)
