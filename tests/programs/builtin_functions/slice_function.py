def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("slice(3)", lambda: slice(3))
show("slice(1, 2)", lambda: slice(1, 2))
show("slice(1, 2, 3)", lambda: slice(1, 2, 3))
show("attrs", lambda: (slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step, slice(5).start))
show("no args", lambda: slice())
show("too many", lambda: slice(1, 2, 3, 4))
show("kwargs", lambda: slice(stop=1))
for s, n in [(slice(None), 5), (slice(-2, None), 5), (slice(None, None, -1), 5), (slice(10, -10, -2), 5),
             (slice(-100, 100), 3), (slice(2**70, None), 4), (slice(1, 3), 0)]:
    show(f"{s}.indices({n})", lambda: s.indices(n))
show("indices step 0", lambda: slice(1, 2, 0).indices(5))
show("indices negative", lambda: slice(1).indices(-1))
show("indices non-int", lambda: slice("a").indices(5))
show("eq", lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) < slice(2)))
show("hash", lambda: hash(slice(1)))
show("objects", lambda: slice("a", [1], {}))
show("use", lambda: [0, 1, 2, 3, 4][slice(1, None, 2)])
show("str slicing", lambda: "abcdef"[slice(-1, None, -2)])
show("step zero use", lambda: [1][slice(None, None, 0)])
show("reduce", lambda: slice(1, 2, 3).__reduce__())
