# exec() of code with a compile-time error raises SyntaxError before running anything.
source = """
print("this line would run first if exec compiled lazily")
def g():
    return 1
return 2
"""
try:
    exec(source)
except SyntaxError as e:
    print("SyntaxError:", e)
    print("filename:", e.filename, "lineno:", e.lineno, "offset:", e.offset)
    print("args:", e.args)

try:
    eval("lambda: (yield)")
    print("a lambda containing yield is a generator function: allowed")
except SyntaxError as e:
    print("SyntaxError:", e)

try:
    exec(compile("for x in []:\n  def f():\n    continue", "snippet.py", "exec"))
except SyntaxError as e:
    print("SyntaxError:", e)
    print(repr(str(e)), e.filename, e.lineno)

try:
    compile("x = 1", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)

try:
    compile("class C:\n    return 1", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
print("program continues normally")
