# Sorting 200k pseudo-random ints (a deterministic LCG) and checking the result.
x = 12345
data = []
for _ in range(200000):
    x = (x * 1103515245 + 12345) % 2**31
    data.append(x)
s = sorted(data)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[0], s[-1], s[100000])
print(sum(data) == sum(s), len(set(data)))
words = [str(v) for v in data[:50000]]
words.sort()
print(words[0], words[-1])
