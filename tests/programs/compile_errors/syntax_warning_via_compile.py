# compile() emits a SyntaxWarning (to stderr, naming the given filename) for suspicious code.
src = "x = 1\nif x is 1:\n    pass\n"
code = compile(src, "<warned>", "exec")
print("compiled:", type(code).__name__)
exec(code)
print("executed")
