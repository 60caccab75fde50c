def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

a = [1]
b = a
show("id equal for alias", lambda: id(a) == id(b))
show("id differs", lambda: id(a) == id([1]))
show("id int", lambda: type(id(a)).__name__)
show("id args", lambda: id())
show("id kwargs", lambda: id(obj=1))
show("small ints identical", lambda: (1 + 1) is 2)
show("None identity", lambda: type(None)() is None)
show("id stable", lambda: id(a) == id(a))
