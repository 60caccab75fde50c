# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("escaped")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))

def next_on_empty():
    it = iter([])
    yield next(it)

try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause type:", type(e.__cause__).__name__)

def ok_return():
    yield 1
    return "return is fine"

print(list(ok_return()))

def caught_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "StopIteration caught inside is fine"
print(list(caught_inside()))
