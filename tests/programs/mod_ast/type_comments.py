# ast.parse(type_comments=True): TYPE_COMMENT and TYPE_IGNORE tokens, and where they are a SyntaxError.
import ast
for s in ['x = 1\n# type: int\ny = 2\n', 'x = 1  # type:int  \n', 'f(a, # type: int\n b)\n', 'x = 1 # type: ignore\n# type: ignore[x]  \n', 'x = 1 # type: ignored\n', 'for x in y: # type: int\n    pass\n', 'with a: # type: int\n    pass\n',
          "def f(a, # type: int\n      ):\n    # type: (...) -> None\n    pass\n", "def g(a,  # type: int\n      b):\n    pass\n", "x = 1 # type: int\n"]:
    try: print(ast.dump(ast.parse(s, type_comments=True)))
    except SyntaxError as e: print('SE', e)
    print(ast.dump(ast.parse(s)))
