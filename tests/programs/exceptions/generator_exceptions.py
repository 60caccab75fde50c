# GeneratorExit on close(), throw() into a generator, and exceptions from a generator.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("gen finally")
g = gen()
print(next(g))
g.close()
print("closed")
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught in gen:", e)
c = catcher()
next(c)
print(c.throw(ValueError("thrown")))
try:
    c.throw(KeyError, "kk")
except KeyError as e:
    print("propagated out:", repr(e))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def raising():
    yield 1
    raise ValueError("from generator")
try:
    for x in raising():
        print("got", x)
except ValueError as e:
    print("ValueError:", e)
