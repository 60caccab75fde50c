# eval() and exec() with explicit namespaces.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i * i for i in range(4)]"))
ns = {}
exec("def f(a):\n    return a + 1\nresult = f(41)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("y = 5", {}, loc)
print(loc)
g = {"v": 1}
exec("v += 1", g)
print(g["v"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), code.co_filename, type(code).__name__)
