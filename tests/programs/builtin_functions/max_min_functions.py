def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for func in (max, min):
    n = func.__name__
    show(f"{n} args", lambda: func(3, 1, 2))
    show(f"{n} iterable", lambda: func([3, 1, 2]))
    show(f"{n} key", lambda: func(["aa", "b", "ccc"], key=len))
    show(f"{n} ties first", lambda: func([(1, "a"), (1, "b")], key=lambda t: t[0]))
    show(f"{n} default", lambda: func([], default="empty"))
    show(f"{n} empty", lambda: func([]))
    show(f"{n} default with args", lambda: func(1, 2, default=0))
    show(f"{n} bad keyword", lambda: func([1], foo=1))
    show(f"{n} no args", lambda: func())
    show(f"{n} not iterable", lambda: func(5))
    show(f"{n} mixed types", lambda: func([1, "a"]))
    show(f"{n} floats nan", lambda: repr(func([1.0, float("nan"), 0.5])))
    show(f"{n} strings", lambda: func("hello"))
    show(f"{n} key None", lambda: func([2, 1], key=None))
    show(f"{n} key error", lambda: func([2, 1], key=lambda x: 1 / 0))
    show(f"{n} generator", lambda: func(x * x for x in range(-3, 3)))
    show(f"{n} one arg non-iterable", lambda: func(1))
    show(f"{n} key uncallable", lambda: func([1, 2], key=5))
    show(f"{n} sets", lambda: func([{1, 2}, {1}, {3}]))
