def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class WithCall:
    def __call__(self):
        return 1
class Plain:
    pass
class Meta(type):
    def __call__(cls):
        return "meta"
class ViaMeta(metaclass=Meta):
    pass
for value in [len, print, int, Plain, Plain(), WithCall(), WithCall, lambda: 0, "s", 1, None,
              [].append, str.upper, classmethod(len), staticmethod(len), ViaMeta, ViaMeta()]:
    show(f"callable({type(value).__name__})", lambda: callable(value))
show("callable()", lambda: callable())
show("callable(1, 2)", lambda: callable(1, 2))
instance = Plain()
instance.__call__ = lambda: 1
show("instance __call__ attr", lambda: callable(instance))
