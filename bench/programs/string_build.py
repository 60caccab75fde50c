# String building: join, f-strings, concatenation, formatting and slicing.
def with_join(n):
    return ",".join([str(i) for i in range(n)])

def with_fstrings(n):
    parts = []
    for i in range(n):
        parts.append(f"item-{i:05d}:{i * 1.5:.2f}|{i % 7!r}")
    return "".join(parts)

def with_concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
    return s

def with_format(n):
    out = []
    for i in range(n):
        out.append("%d-%s-%x" % (i, "ab" * (i % 3), i))
        out.append("{}/{:>6}".format(i, i * 2))
    return "\n".join(out)

total = 0
checksum = 0
for rep in range(12):
    a = with_join(100000)
    b = with_fstrings(60000)
    c = with_concat(300000)
    d = with_format(50000)
    total += len(a) + len(b) + len(c) + len(d)
    checksum = (checksum * 31 + a.count("9") + b.count("5") + c.count("z") + d.count("f")) % 1000000007
print(total, checksum)
print(b[:40], c[-10:], d[-20:].replace("\n", "|"))
