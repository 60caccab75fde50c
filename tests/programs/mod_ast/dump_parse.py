# ast.parse and ast.dump of varied source, with and without locations.
import ast

SOURCES = [
    "x = 1 + 2*y",
    "def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    'doc'\n    return a\n",
    "async def g():\n    async with a as b, c:\n        await d\n    async for i in j: pass\n",
    "class C(B, metaclass=M):\n    @dec\n    def m(self): yield from x\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[1:2, ::3]\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n    case P(x, y=0) | None: pass\n    case _ if g: pass\n",
    "lambda x, *, y: (x if y else -x)\n",
    "[a for b in c if d for e in f]; {k: v for k, v in g}; {s for s in t}; (u async for u in w)",
    "import a.b as c\nfrom ..m import (x as y, z)\nglobal q\n",
    "with open('f') as (a, b): s = 'é' + \"\\u1234\"",
    "a: int = 3\nb.c += 1\nassert x, 'm'\nwhile 1:\n    break\nelse:\n    continue\n",
    "f'{x!r:>{w}} {y=}'; b'\\x00' b'1'; 1_000, 0x10, 1e3, 2j, ..., None, True",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    (n := 10)\n",
    "x = 'ünï' + f'{é}' ; y = a <= b < c is not d not in e",
]

for source in SOURCES:
    tree = ast.parse(source)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))
print(ast.dump(ast.parse("f(*a, **k)", mode="eval"), indent=2))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("x = 1 # type: int", type_comments=True)))
