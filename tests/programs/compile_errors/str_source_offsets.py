# compile(), exec() and eval() of a str: the text is taken as it is (a coding declaration is
# ignored), and SyntaxError offsets count characters; bytes honour the declaration. A
# SyntaxError built from a 5-tuple is refused.
exec('# coding: latin-1\nx = "é"\nprint(len(x))')
exec('# coding: latin-1\nx = "é"\nprint(len(x))'.encode("utf-8"))
print(len(eval('"é"')))
for src in ['Python = "Ṕýţĥòñ" +', 'x = "é" $', 'é = 1 +', '"ñ" +\n', b'x = "\xc3\xa9" $']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
import ast
try:
    ast.parse('s = "ñ" +')
except SyntaxError as e:
    print("ast", e.offset)
try:
    SyntaxError("bad", ("f.py", 1, 2, "text", 1))
except TypeError as e:
    print("TypeError:", e)
import array
print(eval(memoryview(b"2 * 3")), eval(bytearray(b"7")))
exec(array.array("b", b"print('from an array')"))
