# send() and throw() pass through yield from to the innermost generator.
def inner():
    try:
        while True:
            value = yield
            print("inner received", value)
    except KeyError as e:
        print("inner caught", repr(e))
        return "inner result"

def middle():
    result = yield from inner()
    print("middle got", result)
    yield "middle after inner"

g = middle()
next(g)
g.send(1)
g.send("two")
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration:
    print("done")

def inner2():
    try:
        yield 1
    finally:
        print("inner2 finally on close")

def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 finally on close")

o = outer2()
next(o)
o.close()

def inner3():
    yield 1

def outer3():
    try:
        yield from inner3()
    except ValueError as e:
        print("outer3 caught what inner3 did not:", e)
        yield "handled in outer3"

o3 = outer3()
next(o3)
print(o3.throw(ValueError("v")))
o3.close()
