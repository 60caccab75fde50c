# An exception escaping a generator finishes it: later next() calls raise StopIteration.
def fragile():
    yield 1
    raise ValueError("broken")
    yield 2

g = fragile()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "finished"))
print(g.gi_frame)

def inner():
    yield "a"
    raise KeyError("inner failed")

def outer():
    try:
        yield from inner()
    except KeyError as e:
        yield f"outer caught {e}"
    yield "outer continues"

print(list(outer()))
