# Printing moderately deep nested data structures, and repr hitting the recursion limit.
x = []
for _ in range(100):
    x = [x]
s = repr(x)
print(len(s), s[:10], s[-10:])
d = {}
for i in range(50):
    d = {i: d}
print(repr(d)[:30])
deep = []
for _ in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("RecursionError:", e)
print("done")
