# Newline translation: reading with each newline argument, writing with each.
NAME = "builtin_functions/open_scratch_universal_newlines.txt"

with open(NAME, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rlast")

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, newline=newline) as f:
        print(repr(newline), f.readlines())
    with open(NAME, newline=newline) as f:
        print(repr(newline), repr(f.read()))
    with open(NAME, newline=newline) as f:
        print(repr(newline), [f.readline(3) for _ in range(4)])

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, "w", newline=newline) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(NAME, "rb") as f:
        print(repr(newline), f.read())

with open(NAME, "wb") as f:
    f.write(b"ends with cr\r")
with open(NAME) as f:
    print(f.readlines())
with open(NAME, newline="") as f:
    print(f.readlines())
with open(NAME, "wb") as f:
    f.write(b"\r\r\n\n\r")
with open(NAME) as f:
    print(f.readlines())
with open(NAME, newline="") as f:
    print(f.readlines())
with open(NAME, newline="\r\n") as f:
    print(f.readlines())

for bad in ["x", "\n\n", " ", "\r\r"]:
    try:
        open(NAME, newline=bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open(NAME, newline=b"\n")
except TypeError as e:
    print(type(e).__name__, e)
