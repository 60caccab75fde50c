def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

g = {"x": 10}
l = {"y": 5}
show("eval globals", lambda: eval("x + 1", g))
show("eval locals", lambda: eval("x + y", g, l))
show("builtins injected", lambda: ("__builtins__" in g, ))
show("exec returns None", lambda: exec("z = x * 2", g))
show("exec result", lambda: g["z"])
show("exec locals", lambda: (exec("w = 1", g, l), l["w"]))
show("eval code string bytes", lambda: eval(b"1 + 1"))
show("eval non-dict globals", lambda: eval("1", []))
show("eval mapping locals", lambda: eval("q", {}, type("M", (dict,), {"__missing__": lambda s, k: k * 2})()))
show("eval bad locals", lambda: eval("1", {}, 5))
show("exec bad type", lambda: exec(5))
show("eval leading spaces", lambda: eval("   1 + 2"))
show("eval tabs", lambda: eval("\t3"))
show("eval syntax error", lambda: eval("1 +"))
show("exec syntax error", lambda: exec("def"))
show("eval name error", lambda: eval("undefined_name"))
show("custom builtins", lambda: eval("len", {"__builtins__": {"len": "mine"}}))
show("exec closure arg", lambda: exec("1", {}, {}, closure=None))
show("eval kwargs", lambda: eval(source="1"))
show("globals keyword", lambda: eval("a", globals={"a": 3}))
def scope():
    v = 7
    return eval("v")
show("eval sees locals", scope)
show("exec in function", lambda: exec("print('hi from exec')"))
show("eval no args", lambda: eval())
show("exec with null", lambda: exec("a\0"))
