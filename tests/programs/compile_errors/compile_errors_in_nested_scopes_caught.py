# Scope-related compile errors inside nested functions, caught through compile().
sources = {
    "nonlocal no binding": "def a():\n    def b():\n        nonlocal z\n",
    "parameter and nonlocal": "def a():\n    x = 1\n    def b(x):\n        nonlocal x\n",
    "nonlocal and global": "def a():\n    x = 1\n    def b():\n        global x\n        nonlocal x\n",
    "used prior to nonlocal": "def a():\n    x = 1\n    def b():\n        x\n        nonlocal x\n",
    "used prior to global": "def a():\n    print(x)\n    global x\n",
    "walrus in class comprehension": "class C:\n    [y := 1 for _ in range(1)]\n",
    "walrus in iterable": "[x for x in (y := [1])]\n",
    "yield in genexp": "def f():\n    return ((yield) for _ in ())\n",
    "annotated global": "def f():\n    global v\n    v: int = 1\n",
    "duplicate kwonly": "def f(a, *, a=1): pass\n",
    "duplicate **kwargs": "def f(kw, **kw): pass\n",
}
for label, source in sources.items():
    try:
        compile(source, "<nested>", "exec")
        print(f"{label}: compiled")
    except SyntaxError as e:
        print(f"{label}: {e.msg} (line {e.lineno}, offset {e.offset})")
