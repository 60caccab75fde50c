# Lines and characters across buffer boundaries (multi-byte characters and
# "\r\n" split between reads).
NAME = "builtin_functions/open_scratch_large_files.txt"

lines = []
for i in range(3000):
    lines.append("é" * (i % 7) + "line %d €𝄞" % i + "x" * (i % 13) + ("\r\n" if i % 3 == 0 else "\n"))
text = "".join(lines)
with open(NAME, "w", newline="") as f:
    print(f.write(text) == len(text))
with open(NAME, "rb") as f:
    data = f.read()
print(len(data), data.decode() == text)

with open(NAME, newline="") as f:
    print(f.readlines() == lines)
with open(NAME) as f:
    read = list(f)
print(read == [line.replace("\r\n", "\n") for line in lines])
with open(NAME) as f:
    print(f.read() == text.replace("\r\n", "\n"))
with open(NAME, newline="") as f:
    pieces = []
    while True:
        piece = f.read(1000)
        if not piece:
            break
        pieces.append(piece)
print("".join(pieces) == text, [len(p) for p in pieces[:3]])
with open(NAME, "rb") as f:
    chunks = []
    while True:
        chunk = f.read(4097)
        if not chunk:
            break
        chunks.append(chunk)
print(b"".join(chunks) == data, len(chunks))
with open(NAME, "rb") as f:
    print(sum(1 for _ in f), f.tell() == len(data))

with open(NAME, "wb") as f:
    f.write(b"a" * 8191 + b"\r\n" + b"b" * 8190 + "é".encode() + b"\r" + b"c")
with open(NAME) as f:
    print([len(line) for line in f])
with open(NAME, newline="") as f:
    print([len(line) for line in f])
with open(NAME) as f:
    print([len(f.readline(8191)) for _ in range(5)])
