def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("iter list", lambda: type(iter([1])).__name__)
show("iter str", lambda: list(iter("ab")))
show("iter not iterable", lambda: iter(5))
show("iter None", lambda: iter(None))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
show("sequence protocol", lambda: list(iter(Seq())))
class BadIter:
    def __iter__(self):
        return 5
show("__iter__ returns non-iterator", lambda: iter(BadIter()))
class NoneIter:
    __iter__ = None
show("__iter__ None", lambda: iter(NoneIter()))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
show("callable sentinel", lambda: list(iter(tick, 4)))
show("callable not callable", lambda: iter(5, 1))
show("sentinel iterator exhausted", lambda: next(iter(lambda: 1, 1), "done"))
it = iter([1, 2])
show("length_hint", lambda: it.__length_hint__())
show("iter(iter)", lambda: iter(it) is it)
show("iter too many", lambda: iter(1, 2, 3))
show("iter none", lambda: iter())
show("iter kwargs", lambda: iter([], x=1))
show("dict iter", lambda: list(iter({"k": 1})))
def raising():
    raise StopIteration
show("callable raising StopIteration", lambda: list(iter(raising, 0)))
