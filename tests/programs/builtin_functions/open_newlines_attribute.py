# TextIOWrapper.newlines: the kinds of line end read so far (per chunk read).
NAME = "builtin_functions/open_scratch_newlines_attribute.txt"

for data in [b"a\r\nb\rc\nd", b"a\nb\r", b"x\r", b"plain", b"", b"a" * 8191 + b"\r\nb", b"a" * 8191 + b"\rb\n"]:
    with open(NAME, "wb") as f:
        f.write(data)
    for newline in [None, "", "\n", "\r"]:
        with open(NAME, newline=newline) as f:
            seen = [f.newlines]
            while f.readline():
                seen.append(f.newlines)
        print(len(data), repr(newline), seen[:3], seen[-1])

with open(NAME, "w") as f:
    print(f.newlines)
with open(NAME, "w+") as f:
    f.write("a\r\n")
    f.seek(0)
    print(f.newlines, repr(f.read()), repr(f.newlines))
