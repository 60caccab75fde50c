def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Base:
    base_attr = 1
    def method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.instance_attr = 3
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
class BadDir:
    def __dir__(self):
        return 5
def public(names):
    return [n for n in names if not n.startswith("__")]
show("dir(Child())", lambda: public(dir(Child())))
show("dir(Child)", lambda: public(dir(Child)))
show("dir(Custom())", lambda: dir(Custom()))
show("dir(BadDir())", lambda: dir(BadDir()))
show("dir(1, 2)", lambda: dir(1, 2))
def local_scope():
    a = 1
    b = 2
    return dir()
show("dir() in function", local_scope)
show("dir(int) public", lambda: public(dir(int)))
show("dir(None) public", lambda: public(dir(None)))
show("sorted", lambda: dir(Custom()) == sorted(dir(Custom())))
import sys
show("dir(module) has", lambda: [n for n in ("argv", "path", "version") if n in dir(sys)])
