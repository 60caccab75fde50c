# close() raises GeneratorExit at the paused yield; finally clauses run.
def worker():
    try:
        print("working")
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup in finally")

g = worker()
print(next(g))
print(g.close())
print("closed; next gives:", next(g, "exhausted"))
g.close()
print("closing twice is fine")

unstarted = worker()
unstarted.close()
print("closing an unstarted generator runs nothing:", next(unstarted, "exhausted"))

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("returning instead of re-raising is allowed")
        return "ignored return value"

s = swallow()
next(s)
print(s.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing to stop"

b = stubborn()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("still suspended in the except block; finishing it:", list(b))

def raises_other():
    try:
        yield
    finally:
        raise ValueError("from finally")

r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print("close propagated:", e)
