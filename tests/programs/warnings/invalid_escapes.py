# Invalid escape sequences in str and bytes literals: a DeprecationWarning at
# compile time (eval, compile, ast.parse), and a SyntaxError at the literal
# when a filter makes the warning an error.
import ast
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(eval(r"'\q'"), eval(r"b'\d'"), ascii(eval(r"'\777'")))
    compile("x = 1\ny = '''\n\\z'''\n", "<text>", "exec")
    ast.parse(r"f'\w{1}'")
for w in caught:
    print(w.category.__name__, w.message, w.filename, w.lineno)

warnings.simplefilter("error")
for source in [r"'\q'", "x = 1\ny = '\\777'\n", r"b'\y'"]:
    try:
        compile(source, "<text>", "exec")
    except SyntaxError as e:
        print(repr(e), e.lineno, e.offset, e.end_lineno, e.end_offset)
