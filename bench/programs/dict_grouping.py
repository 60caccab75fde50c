# Dicts as indexes: grouping, counting, nested lookups, setdefault, views, merging and sorting by value.
N = 1500000
groups = {}
counts = {}
for i in range(N):
    key = f"g{i % 1013}"
    groups.setdefault(key, []).append(i)
    counts[i % 389] = counts.get(i % 389, 0) + 1
print(len(groups), len(counts), sum(len(v) for v in groups.values()))

index = {}
for key, members in groups.items():
    index[key] = {"first": members[0], "last": members[-1], "size": len(members)}
total = 0
for rep in range(400):
    for key in index:
        entry = index[key]
        total += entry["size"] + entry["first"] - entry["last"] % 7
print(total)

merged = {}
for rep in range(30):
    part = {i: i * rep for i in range(rep * 1000, rep * 1000 + 5000)}
    merged |= part
    merged.update((k, v + 1) for k, v in part.items() if k % 3 == 0)
print(len(merged), sum(merged.values()) % 1000003)
common = index.keys() & {f"g{i}" for i in range(0, 2000, 3)}
print(len(common), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
inverted = {}
for k, v in merged.items():
    inverted.setdefault(v % 1000, set()).add(k)
print(len(inverted), max(len(s) for s in inverted.values()))
while merged:
    merged.popitem()
print(len(merged))
