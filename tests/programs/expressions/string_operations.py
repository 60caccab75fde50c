# String concatenation, repetition, indexing, methods used by typical programs.
s = "Hello, World"
print(s + "!", s * 2, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5))
print(s[0], s[-1], s[7:], s.lower(), s.upper(), s.swapcase(), s.title())
print(s.split(", "), "a,b,,c".split(","), "  lots   of  space ".split(), "a b c".split(None, 1))
print("-".join(["x", "y", "z"]), "".join(reversed("abc")), s.replace("l", "L", 2))
print(s.find("o"), s.rfind("o"), s.find("zz"), s.index("W"), s.count("l"))
print(s.startswith("Hell"), s.endswith(("x", "ld")), "abc".isalpha(), "123".isdigit(), " ".isspace())
print("  pad  ".strip(), "xxpadxx".strip("x"), "  pad".lstrip(), "pad  ".rstrip() + "|")
print("ab".center(8, "*"), "ab".ljust(5) + "|", "ab".rjust(5, "0"), "42".zfill(6), "-42".zfill(6))
print("a\tb".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print(ord("A"), chr(97), "é".encode(), b"caf\xc3\xa9".decode(), len("日本語"), "日本語"[1])
print(str(12), str(1.5), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("both ' and \""))
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
