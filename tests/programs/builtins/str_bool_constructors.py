# str() and bool() constructors.
print(str(), str(1), str(1.0), str(None), str([1, "a"]), str(b"ab"), str(b"ab", "ascii"))
print(str(b"\xc3\xa9", "utf-8"), str(bytearray(b"x"), encoding="latin-1"), str(object)[:14])
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None),
      bool(0.0), bool(float("nan")), bool(0j), bool(range(0)), bool({}), bool(set()))
print(bool is type(True), True == 1, False == 0, True is bool(1), isinstance(True, int))
print(True + 1, True * 10, ~True, True & False, True | False, True ^ True, -False)
print(type(True & True).__name__, type(True + True).__name__, type(True | 2).__name__)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
