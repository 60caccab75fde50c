def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def gen(items, log):
    for item in items:
        log.append(item)
        yield item
for func in (all, any):
    for items in ([], [0], [1], [0, 1], [1, 0], ["", "a"], [None], [[], [0]], range(5), "abc", {0: 1}):
        show(f"{func.__name__}({items!r})", lambda: func(items))
    log = []
    show(f"{func.__name__} short-circuit", lambda: (func(gen([1, 0, 1, 0], log)), log))
show("all(1)", lambda: all(1))
show("any(None)", lambda: any(None))
show("all()", lambda: all())
show("any([], [])", lambda: any([], []))
class Bad:
    def __bool__(self):
        raise ValueError("no truth")
show("all([Bad()])", lambda: all([Bad()]))
class BadBool:
    def __bool__(self):
        return 2
show("any([BadBool()])", lambda: any([BadBool()]))
