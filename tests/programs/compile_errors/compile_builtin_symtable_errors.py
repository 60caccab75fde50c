# compile() reports compile-time errors as SyntaxError with msg, lineno, offset and text.
cases = [
    "return 1",
    "x = 1\nbreak",
    "for i in []:\n    pass\ncontinue",
    "def f(a, a): pass",
    "def f():\n    nonlocal q",
    "nonlocal q",
    "def f():\n    x = 1\n    global x",
    "def f(p):\n    global p",
    "[(yield) for x in ()]",
    "[i := 0 for i in range(3)]",
    "a, *b, *c = d",
    "*a = b",
    "await x",
    "def f():\n    await x",
    "async def f():\n    yield 1\n    return 2",
    "from __future__ import nope",
    "import sys\nfrom __future__ import annotations",
    "def f():\n    from sys import *",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass",
]
for source in cases:
    try:
        compile(source, "<case>", "exec")
        print("compiled without error:", repr(source))
    except SyntaxError as e:
        print(f"{e.msg!r:75} line={e.lineno} offset={e.offset} end={e.end_lineno},{e.end_offset} text={e.text!r}")
