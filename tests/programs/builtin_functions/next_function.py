def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

it = iter([1, 2])
show("next", lambda: next(it))
show("next default unused", lambda: next(it, "d"))
show("next default", lambda: next(it, "d"))
show("next exhausted", lambda: next(it))
show("next non-iterator", lambda: next([1]))
show("next int", lambda: next(5))
show("next args", lambda: next())
show("next too many", lambda: next(it, 1, 2))
show("next kwargs", lambda: next(it, default=1))
def gen():
    yield 1
    return "value"
g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    show("StopIteration value", lambda: stop.value)
class Iterator:
    def __next__(self):
        raise StopIteration("custom")
show("custom iterator default", lambda: next(Iterator(), "fallback"))
show("custom iterator", lambda: next(Iterator()))
class WrongNext:
    __next__ = None
show("__next__ None", lambda: next(WrongNext()))
