# Literal patterns: numbers, strings, None, True/False (compared by identity), negative and complex.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -1 + 2j:
            return "complex"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other: " + repr(x)

for v in [0, 1, 3, -1, 1.5, 2j, -1 + 2j, "hello", b"bytes", None, True, False,
          0.0, 1.0, "other", 4]:
    print(repr(v), "->", describe(v))
