# A number run into a keyword that may follow it (1if x, 0xfor x) is accepted
# with a SyntaxWarning, made a SyntaxError by an error filter.
import warnings
for src in ["0xfor x", "0xfin x", "0xfnot in x", "0xfif x else y", "[0xffor x in ()]", "[0x1ffor x in ()]", "[0x1for x in ()]", "[0xfor x in ()]", "0xfand x", "0or x", "x if 0xfelse y", "1jin x", "0o7in x"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<t>", "eval")
            print(repr(src), "ok", [str(x.message) for x in w])
        except SyntaxError as e:
            print(repr(src), "SyntaxError", e, [str(x.message) for x in w])
import warnings
for src in ["1is x", "0xfor x", "1jif x else y", "[0b1for x in ()]"]:
    with warnings.catch_warnings():
        warnings.simplefilter('error', SyntaxWarning)
        try:
            compile(src, "<t>", "eval")
        except SyntaxError as e:
            print(e, e.offset, e.end_offset, repr(e.text), e.lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile("1is x", "<t>", "eval")
    print([(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
exec(compile("y = 2\nx = 1if y else 2\nprint(x)\n", "<s>", "exec"))
import ast
print(type(ast.parse("1if 1 else 2")).__name__)
