# Dict operations: insertion, lookup, update, deletion, iteration and comprehensions.
N = 900000
d = {}
for i in range(N):
    d[i * 7 % N] = i
hits = 0
for i in range(0, N * 2, 3):
    if i in d:
        hits += 1
print(len(d), hits)

s = {}
for i in range(N):
    key = "k" + str(i % 5000)
    s[key] = s.get(key, 0) + i
print(len(s), s["k42"], sum(s.values()) % 1000003)

inv = {v: k for k, v in d.items()}
print(len(inv), inv[12345])
for k in range(0, N, 2):
    del d[k]
print(len(d), sum(d) % 1000003)
merged = dict(d)
merged.update(inv)
print(len(merged))
total = 0
for k, v in merged.items():
    total = (total + k * 31 + v) % 1000000007
print(total)
counts = {}
for w in ("alpha beta gamma delta " * 250000).split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
t = {}
for i in range(500000):
    t[(i % 100, i % 7)] = i
print(len(t), t[(42, 0)])
