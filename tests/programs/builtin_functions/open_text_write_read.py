# Text files: write, read back in pieces, append, iterate, with-statement.
NAME = "builtin_functions/open_scratch_text_write_read.txt"

with open(NAME, "w") as f:
    print(f.write("first line\n"), f.write("second ünïcödé line\n"))
    f.writelines(["third\n", "fourth\n", "no newline at end"])
    print(f.closed)
print(f.closed)

f = open(NAME)
print(repr(f.read(5)), repr(f.readline()), repr(f.readline(4)), repr(f.readline(100)))
print(repr(f.readline()), repr(f.read()))
print(repr(f.read()), repr(f.readline()))
f.close()

with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    print(f.readlines(15))
    print(f.readlines(0))
with open(NAME) as f:
    for number, line in enumerate(f):
        print(number, repr(line))

with open(NAME, "a") as f:
    f.write("\nappended")
with open(NAME, "r") as f:
    print(f.read().splitlines()[-2:])

with open(NAME, "w") as f:
    pass
with open(NAME) as f:
    print(repr(f.read()), list(f))

with open(NAME, "w+") as f:
    f.write("read after write\n")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "r+") as f:
    print(repr(f.read(4)))
    f.seek(0, 2)
    f.write("tail\n")
    f.seek(0)
    print(f.readlines())
with open(NAME, "a+") as f:
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
    f.write("more\n")
    f.seek(0)
    print(f.read().count("\n"))
