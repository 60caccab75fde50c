# x if cond else y evaluates only the chosen branch; it nests right-associatively.
def v(label, x):
    print("eval", label)
    return x

print(v("yes", "Y") if v("cond", True) else v("no", "N"))
print(v("yes", "Y") if v("cond", 0) else v("no", "N"))

def classify(n):
    return "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "large"

print([classify(n) for n in (-5, 0, 3, 42)])
f = lambda x: (x if x > 0 else -x) * 2
print(f(-4), f(3))
print([x if x % 2 else x * 100 for x in range(5)])
print((1 if True else 2) + (3 if False else 4))
