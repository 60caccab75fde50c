# The node classes: fields, attributes, constructors and their errors, pickling.
import ast
import copy

print(ast.BinOp._fields, ast.expr._attributes, ast.arguments._attributes, ast.arg._attributes)
print(ast.AST._fields, ast.BinOp.__match_args__, ast.BinOp.__doc__)
print(ast.Return().value, ast.Name().end_lineno, ast.FunctionDef.__mro__)
print(issubclass(ast.Load, ast.expr_context), issubclass(ast.Add, ast.operator))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
n = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2), lineno=4)
print(ast.dump(n), n.lineno)
for args in [(1, 2, 3, 4), (1, 2)]:
    try:
        ast.BinOp(*args)
        print("ok", len(args))
    except TypeError as e:
        print("TypeError", e)
try:
    ast.Name(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    ast.Return(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    ast.Pass(1)
except TypeError as e:
    print("TypeError", e)
t = ast.parse("a + b * 2")
r = ast.Name('x').__reduce__()
print(r[0], r[1], r[2])
print(ast.dump(copy.copy(t)) == ast.dump(t))
print(ast.dump(copy.deepcopy(t)) == ast.dump(t))
print(isinstance(ast.parse("x").body[0].value.ctx, ast.Load))
print(ast.Num, ast.Str(s="x").value, isinstance(ast.Constant(3), ast.Num))
m = ast.parse("match x:\n    case ast.Name(id=i): pass")
match ast.parse("a.b").body[0].value:
    case ast.Attribute(ast.Name(name), attr):
        print("matched", name, attr)
