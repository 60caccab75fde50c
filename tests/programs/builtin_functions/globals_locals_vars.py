def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

top_level = 1
show("globals has", lambda: "top_level" in globals())
show("globals is module dict", lambda: globals() is __import__("sys").modules[__name__].__dict__)
def function(a, b=2):
    c = a + b
    return sorted(locals().items())
show("locals in function", lambda: function(1))
class K:
    attr = 5
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
show("class locals", lambda: K.snapshot)
show("vars(K) has", lambda: "attr" in vars(K))
show("vars instance", lambda: vars(type("O", (), {"__init__": lambda s: setattr(s, "q", 1)})()))
show("vars no dict", lambda: vars(1))
show("vars slots", lambda: vars(type("S", (), {"__slots__": ("a",)})()))
show("vars too many", lambda: vars(1, 2))
show("globals args", lambda: globals(1))
show("locals args", lambda: locals(1))
def modify():
    x = 1
    locals()["x"] = 2
    return x
show("locals write ignored", modify)
def closure():
    free = "f"
    def inner():
        return sorted(locals())
    return inner() if free else None
show("locals of closure without free use", closure)
def closure2():
    free = "f"
    def inner():
        free
        return sorted(locals())
    return inner()
show("locals with free var", closure2)
show("vars() at top", lambda: vars() is globals())
