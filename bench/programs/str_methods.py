# String methods: split, join, strip, replace, find, case mapping, partition and startswith.
lines = []
for i in range(40000):
    lines.append(f"  Record {i}: name=user{i % 977}; city=C\u00e9ty{i % 31}; score={i * 37 % 1000}  ")
text = "\n".join(lines)

total = 0
checksum = 0
for rep in range(6):
    for line in text.splitlines():
        line = line.strip()
        head, _, rest = line.partition(": ")
        fields = dict(part.split("=", 1) for part in rest.split("; "))
        name = fields["name"].upper().replace("USER", "u-")
        city = fields["city"].lower().title()
        if name.startswith("U-9") or city.endswith("0"):
            total += 1
        checksum = (checksum * 31 + len(name) + city.find("\u00e9") + int(fields["score"])) % 1000000007
    words = text.split()
    total += len(words) + text.count("Record") + len(" ".join(words[::3]))
    total += sum(1 for w in words if w.isdigit() or w.isalpha())
    total += len(text.swapcase()) + text.rfind("user5")
print(total, checksum)
print(city, name, fields)
