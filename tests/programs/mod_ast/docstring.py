# ast.get_docstring, cleaned with inspect.cleandoc and raw.
import ast

tree = ast.parse('"""Module.\n\n    indented\n"""\ndef f():\n    """  One.\n\n      Two.\n    """\nclass C:\n    x = 1\n')
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree.body[1], clean=False)))
print(ast.get_docstring(tree.body[2]))
try:
    ast.get_docstring(tree.body[2].body[0])
except TypeError as e:
    print("TypeError", e)
