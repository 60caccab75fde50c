# StopIteration.value carries a generator's return value.
def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)
print(StopIteration().value, StopIteration(1, 2).value)
def delegate():
    r = yield from gen()
    print("yield from got", r)
    return r * 2
d = delegate()
print(list(d))
def raiser():
    yield 1
    raise StopIteration("inside")
try:
    list(raiser())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
