# throw() raises the exception at the paused yield; the generator may catch it and continue.
def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("generator caught", repr(e))
            yield "recovered"

g = resilient()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
try:
    g.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated out:", repr(e))
print(next(g, "generator is finished"))

def fresh():
    print("never runs")
    yield 1

f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown into unstarted generator:", e)
print(list(f))

def typed():
    try:
        yield
    except TypeError as e:
        yield f"got {type(e).__name__}: {e}"

t = typed()
next(t)
print(t.throw(TypeError))
t.close()
