# ast.unparse round trips; ast.literal_eval and its errors.
import ast

SOURCES = [
    "x = (1 + 2) * -y ** 3",
    "def f(a, /, b=1, *c, d, e=2, **g) -> 'int':\n    return [i for i in a if i]\n",
    "class C(B):\n    x: int = 1\n",
    "print(f'{a!r:>{w}}', *s, **k)",
    "lambda: (yield)",
    "a[1:2, ::3] = {1: 2, **d}",
    "match p:\n    case [1, *rest] | {'k': _}: pass\n",
    "with a as b, c: del x, y",
    "r = not a and (b or c) if d else e",
    "s = 'q\"\\'' + b'\\xff'",
]
for source in SOURCES:
    text = ast.unparse(ast.parse(source))
    print(text)
    print(ast.unparse(ast.parse(text)) == text)

for text in ["1", "-2.5", "3+4j", "(1, 'a', b'x')", "[None, True, False]", "{'a': {1, 2}}",
             "set()", "  7", "-(1)", "1_000"]:
    print(repr(ast.literal_eval(text)))
for bad in ["x", "1 + x", "f()", "[1, y]", "{**d}", "a.b", "2 + 'a'", "1 +", "set([1])"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
