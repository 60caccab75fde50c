# Encodings and error handlers of text files.
NAME = "builtin_functions/open_scratch_encodings.txt"

for encoding in [None, "utf-8", "utf8", "UTF-8", "latin-1", "latin1", "ascii", "iso-8859-1"]:
    with open(NAME, "w", encoding=encoding) as f:
        print(repr(encoding), f.encoding, f.errors, repr(f))
        f.write("plain text\n")
    with open(NAME, "rb") as f:
        print("  ", f.read())

with open(NAME, "w", encoding="latin-1") as f:
    f.write("café ÿ\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="latin-1") as f:
    print(repr(f.read()))
with open(NAME, encoding="latin-1") as f:
    print(repr(f.read(3)), repr(f.read(2)), repr(f.readline()))
try:
    with open(NAME, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.reason)
for errors in ["replace", "ignore", "surrogateescape", "backslashreplace"]:
    with open(NAME, encoding="utf-8", errors=errors) as f:
        print(errors, repr(f.read()))

with open(NAME, "w", encoding="ascii") as f:
    try:
        f.write("naïve")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    with open(NAME, "w", encoding="ascii", errors=errors) as f:
        print(f.write("naïve €\n"))
    with open(NAME, "rb") as f:
        print(errors, f.read())

with open(NAME, "wb") as f:
    f.write("multi: é€𝄞 end\n".encode())
with open(NAME, encoding="utf-8") as f:
    print([f.read(1) for _ in range(10)])
with open(NAME) as f:
    print(repr(f.readline(9)), repr(f.read()))

with open(NAME, "w", errors="surrogateescape") as f:
    f.write("\udcff\udcfe\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, errors="surrogateescape") as f:
    print(ascii(f.read()))

try:
    open(NAME, encoding="no-such-encoding")
except LookupError as e:
    print(type(e).__name__, e)
