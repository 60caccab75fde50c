# Compile-time SyntaxWarnings go to stderr with the source line; the program still runs.
x = 5
if x is 5:
    print("'is' with a literal compiles with a warning")
assert (x, "always true")
print("assert on a tuple compiles with a warning")
try:
    result = (1, 2)(3, 4)
except TypeError as e:
    print("TypeError:", e)
print("done")
