def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


seed = 12345
def rnd(k):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % k
alphabet = 'abä𝄞'
results = []
for i in range(400):
    s = ''.join(alphabet[rnd(4)] for _ in range(rnd(12)))
    sub = ''.join(alphabet[rnd(4)] for _ in range(rnd(3)))
    a = rnd(16) - 8
    b = rnd(16) - 8
    results.append((s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b), s.startswith(sub, a, b), s.endswith(sub, a, b), sub in s, len(s.split(sub)) if sub else -1, len(s.rsplit(sub, 1)) if sub else -1, s.replace(sub, '-', 2) if sub else s))
print(len(results))
for r in results[:40]:
    print(r)
print(sum(r[0] for r in results), sum(r[1] for r in results), sum(r[2] for r in results), sum(r[3] for r in results), sum(r[4] for r in results))
