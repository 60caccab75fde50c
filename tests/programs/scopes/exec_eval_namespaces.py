# exec and eval with explicit globals and locals dictionaries.
ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b", ns)
print(ns["a"], ns["b"], ns["f"](), "__builtins__" in ns)
print(eval("a * 10 + b", ns))
loc = {"a": 100}
print(eval("a + b", ns, loc))
exec("c = a + b", ns, loc)
print(loc["c"], "c" in ns)
print(eval("x + y", {"x": 1}, {"y": 2}))
g = {"__builtins__": {}}
try:
    eval("len('abc')", g)
except NameError as e:
    print("NameError:", e)
code = compile("total = sum(range(5))", "<generated>", "exec")
space = {}
exec(code, space)
print(space["total"])
print(eval(compile("3 ** 2", "<expr>", "eval")))
exec("global_from_exec = 'visible'")
print(global_from_exec)
def func():
    exec("inside = 1")
    return "inside" in locals()
print(func())
print(eval("[i * i for i in range(n)]", {"n": 4}))
