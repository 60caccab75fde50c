# A def containing yield returns a generator when called; the body runs on next().
def gen():
    print("body starts")
    yield 1
    print("body resumes")
    return "done"

g = gen()
print("called, nothing ran yet:", type(g).__name__)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def maybe(flag):
    if flag:
        yield "flag set"

print(list(maybe(True)), list(maybe(False)), type(maybe(False)).__name__)
def unreachable_yield():
    return 5
    yield
print(type(unreachable_yield()).__name__, list(unreachable_yield()))
print(gen.__code__.co_flags & 0x20 != 0, maybe.__name__, maybe(1).__name__)
