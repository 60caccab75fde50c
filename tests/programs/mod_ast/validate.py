# compile() rejects malformed trees with CPython's ValueErrors and SyntaxErrors.
import ast
L = dict(lineno=1, col_offset=0)
cases = {
 "store": ast.Module([ast.Expr(ast.Name("x", ast.Store(), **L), **L)], []),
 "emptydef": ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], None, **L)], []),
 "emptyif": ast.Module([ast.If(ast.Constant(1, **L), [], [], **L)], []),
 "assignload": ast.Module([ast.Assign([ast.Name("x", ast.Load(), **L)], ast.Constant(1, **L), **L)], []),
 "emptyassign": ast.Module([ast.Assign([], ast.Constant(1, **L), **L)], []),
 "boolop1": ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1, **L)], **L), **L)], []),
 "dictmismatch": ast.Module([ast.Expr(ast.Dict([ast.Constant(1, **L)], [], **L), **L)], []),
 "compare": ast.Module([ast.Expr(ast.Compare(ast.Constant(1, **L), [], [], **L), **L)], []),
 "importfrom": ast.Module([ast.ImportFrom("m", [ast.alias("x", **L)], -1, **L)], []),
 "nonlocal_mod": ast.Module([ast.Nonlocal(["x"], **L)], []),
 "emptytry": ast.Module([ast.Try([], [], [], [], **L)], []),
 "argsdefaults": ast.Module([ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, [ast.Constant(1, **L)]), ast.Constant(1, **L), **L), **L)], []),
 "delstore": ast.Module([ast.Delete([ast.Name("x", ast.Store(), **L)], **L)], []),
 "starred": ast.Module([ast.Expr(ast.Starred(ast.Name("x", ast.Load(), **L), ast.Load(), **L), **L)], []),
 "emptywith": ast.Module([ast.With([], [ast.Pass(**L)], **L)], []),
 "emptyclass": ast.Module([ast.ClassDef("C", [], [], [], [], **L)], []),
 "global": ast.Module([ast.Global([], **L)], []),
 "name_keyword": ast.Module([ast.Expr(ast.Name("None", ast.Load(), **L), **L)], []),
 "match_empty": ast.Module([ast.Match(ast.Constant(1, **L), [], **L)], []),
}
for name, tree in cases.items():
    try:
        compile(tree, "<bad>", "exec")
        print(name, "compiled")
    except Exception as e:
        print(name, type(e).__name__, e)


def positions(**kw):
    tree = ast.Expression(ast.Name("x", ast.Load(), **kw))
    try:
        code = compile(tree, "<p>", "eval")
        print("ok", list(code.co_positions())[1])
    except ValueError as e:
        print("ValueError", e)


positions(lineno=5, col_offset=3)
positions(lineno=5, col_offset=3, end_lineno=4, end_col_offset=1)
positions(lineno=5, col_offset=3, end_lineno=5, end_col_offset=1)
positions(lineno=-1, col_offset=3, end_lineno=2, end_col_offset=1)
positions(lineno=1, col_offset=-3, end_lineno=2, end_col_offset=1)
positions(lineno=5, col_offset=3, end_lineno=6, end_col_offset=1)
for missing in [{}, {"lineno": 1}]:
    try:
        compile(ast.Module([ast.Pass(**missing)], []), "<m>", "exec")
    except TypeError as e:
        print("TypeError", e)
try:
    compile(ast.Module([ast.Expr(ast.Name("x", ast.Load(), lineno=1, col_offset=0), lineno=1,
                                 col_offset=0)], 5), "<m>", "exec")
except TypeError as e:
    print("TypeError", e)
try:
    compile(ast.Expression(ast.Constant(1)), "<m>", "exec")
except TypeError as e:
    print("TypeError", e)
