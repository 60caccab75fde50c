def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def body():
    x = 1
    def method(self):
        return "m"
    return None
Made = __build_class__(lambda: None, "Made")
show("build_class", lambda: (Made.__name__, type(Made).__name__))
show("build_class no args", lambda: __build_class__())
show("build_class bad func", lambda: __build_class__(1, "X"))
show("build_class bad name", lambda: __build_class__(lambda: None, 1))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
K = __build_class__(lambda: None, "K", metaclass=Meta, flag=True)
show("build_class metaclass kw", lambda: (type(K).__name__, K.kw))
show("import sys", lambda: __import__("sys").__name__)
show("import missing", lambda: __import__("no_such_module_here"))
show("import bad name", lambda: __import__(5))
show("import empty", lambda: __import__(""))
show("import negative level", lambda: __import__("sys", level=-1))
show("import relative without package", lambda: __import__("x", globals(), None, [], 1))
show("import fromlist", lambda: __import__("sys", fromlist=["path"]).__name__)
