# compile() of hand-built trees and of transformed trees, and its errors.
import ast

tree = ast.Module(body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                                          [ast.Constant("hello"), ast.Constant(-5),
                                           ast.Constant((1, (2, 3j))),
                                           ast.Constant(frozenset())], []))],
                  type_ignores=[])
ast.fix_missing_locations(tree)
exec(compile(tree, "<built>", "exec"))
L = dict(lineno=1, col_offset=0)
print(eval(compile(ast.Expression(ast.BinOp(ast.Constant(6, **L), ast.Mult(), ast.Constant(7, **L),
                                            **L)),
                   "<e>", "eval")))


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


source = "def f(x):\n    return x + 1\nprint(f(10), [1, 2])\n"
tree = Double().visit(ast.parse(source))
exec(compile(tree, "<t>", "exec"))
print(ast.unparse(tree))
print(ast.increment_lineno(ast.parse("x"), 3).body[0].lineno)
print(ast.get_docstring(ast.parse("def f():\n    'hi'\n").body[0], clean=False))
print(sorted(type(n).__name__ for n in ast.walk(ast.parse("a = b(c)"))))


class Names(ast.NodeVisitor):
    def visit_Name(self, node):
        print("name", node.id, type(node.ctx).__name__)


Names().visit(ast.parse("a = b + c"))

bad_trees = [
    ast.Module(body=[ast.Pass()], type_ignores=[]),
    ast.Module(body=[ast.Expr(ast.Name("x", ast.Load(), lineno=1, col_offset=0), lineno=1)],
               type_ignores=[]),
    ast.Module(body=ast.Pass(), type_ignores=[]),
    ast.Module(body=[ast.Expr(None, lineno=1, col_offset=0)], type_ignores=[]),
    ast.Module(body=[ast.Expr(ast.Constant([1], lineno=1, col_offset=0), lineno=1,
                              col_offset=0)], type_ignores=[]),
    ast.Module(body=[ast.Expr(ast.Name(1, ast.Load(), lineno=1, col_offset=0), lineno=1,
                              col_offset=0)], type_ignores=[]),
    ast.Module(body=[ast.Expr(ast.Name("x", 1, lineno=1, col_offset=0), lineno=1,
                              col_offset=0)], type_ignores=[]),
    ast.Module(body=[ast.Expr(ast.Pass(), lineno=1, col_offset=0)], type_ignores=[]),
    ast.Expression(ast.Constant(1)),
]
for bad in bad_trees:
    try:
        compile(bad, "<bad>", "exec")
        print("compiled")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(compile(ast.parse("x"), "<a>", "exec", ast.PyCF_ONLY_AST).__class__.__name__)
