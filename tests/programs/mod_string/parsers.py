import _string
for s in ["a{{b", "a}}b", "{0}", "x{0!r:>{w}}y", "{}", "{:}", "{!s}", "{a.b[c]}", "{0!", "{0!r",
          "{0!rx}", "}", "{", "{0:", "{0[}", "abc", "", "{!}", "ab{0}c}d"]:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
it = _string.formatter_parser("ok{0}}")
print(type(it).__name__, next(it))
try:
    next(it)
except ValueError as e:
    print("lazy:", e)
for n in ["0", "a.b[0][x]", "", "a.", "a[", "a[]", "a[0]x", "01.x", "a..b", "[0]", ".a", "a[0].",
          "99999999999999999999999"]:
    try:
        f, it = _string.formatter_field_name_split(n)
        print(repr(n), repr(f), type(it).__name__, list(it))
    except Exception as e:
        print(repr(n), type(e).__name__, e)
for bad in (1, None):
    for fn in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            fn(bad)
        except TypeError as e:
            print(e)
