# String splitting and dict counting over a generated text.
WORDS = ("the quick brown fox jumps over lazy dog alpha beta gamma delta epsilon zeta eta "
         "theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()

def generate(n_lines, seed):
    x = seed
    lines = []
    for _ in range(n_lines):
        words = []
        for _ in range(12):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            w = WORDS[(x >> 16) % len(WORDS)]
            if x & 0x40000000:
                w = w.capitalize()
            words.append(w)
        lines.append(" ".join(words) + ("." if x & 0x20000000 else ","))
    return "\n".join(lines)

text = generate(160000, 42)
counts = {}
for line in text.splitlines():
    for word in line.split():
        word = word.strip(".,").lower()
        counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(text), len(counts), sum(counts.values()))
print(top)
letters = {}
for ch in text[:1600000]:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:6])
