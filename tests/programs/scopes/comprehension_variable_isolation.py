# Comprehension and generator-expression variables are local to them.
i = "module i"
squares = [i * i for i in range(4)]
print(squares, i)
letters = {c: ord(c) for c in "ab"}
print(letters, "c" in dir())
s = {n for n in range(3)}
print(sorted(s), "n" in dir())

def f():
    y = "function y"
    out = [y for y in range(2)]
    return out, y
print(f())

def nested():
    return [[j for j in range(i)] for i in range(4)]
print(nested())

def closure_in_comp():
    return [lambda: k for k in range(3)]
print([fn() for fn in closure_in_comp()])
