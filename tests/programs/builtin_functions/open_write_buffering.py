# Output is buffered until flush() or close(); positions account for it.
NAME = "builtin_functions/open_scratch_write_buffering.txt"

writer = open(NAME, "w")
writer.write("buffered")
with open(NAME) as reader:
    print(repr(reader.read()))
    writer.flush()
    print(repr(reader.read()))
    print(writer.tell())
    writer.write(" more")
    print(writer.tell(), repr(reader.read()))
    writer.close()
    print(repr(reader.read()))

writer = open(NAME, "wb")
writer.write(b"12345")
print(writer.tell())
writer.seek(0)
writer.write(b"ab")
writer.close()
with open(NAME, "rb") as f:
    print(f.read())

with open(NAME, "w", buffering=1) as writer:
    writer.write("no newline")
    with open(NAME) as reader:
        print(repr(reader.read()))
        writer.write(" then\n")
        print(repr(reader.read()))

with open(NAME, "wb", buffering=0) as writer:
    writer.write(b"unbuffered")
    with open(NAME, "rb") as reader:
        print(reader.read())

with open(NAME, "r+") as f:
    print(repr(f.read(3)))
    f.write("-")
    f.seek(0)
    print(repr(f.read()))
