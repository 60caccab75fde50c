def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

code = compile("x = 1 + 2\nprint(x)", "<made>", "exec")
show("type", lambda: (type(code).__name__, code.co_filename, code.co_name))
exec(code)
show("eval mode", lambda: eval(compile("3 * 4", "f", "eval")))
show("single mode", lambda: exec(compile("5 + 5", "f", "single")))
show("bytes source", lambda: eval(compile(b"'\xc3\xa9'", "f", "eval")))
show("bad mode", lambda: compile("1", "f", "run"))
show("bad source type", lambda: compile(1, "f", "exec"))
show("syntax error", lambda: compile("1 +", "f", "eval"))
show("null byte", lambda: compile("a\0b", "f", "exec"))
show("eval statement", lambda: compile("x = 1", "f", "eval"))
show("flags", lambda: compile("1", "f", "eval", flags=0x8000000))
show("dont_inherit", lambda: eval(compile("2", "f", "eval", dont_inherit=True)))
show("optimize", lambda: eval(compile("__debug__", "f", "eval", optimize=2)))
show("missing args", lambda: compile("1", "f"))
show("keyword source", lambda: eval(compile(source="7", filename="k", mode="eval")))
show("filename bytes", lambda: compile("1", b"bytes-name", "eval").co_filename)
