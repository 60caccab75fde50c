# The stdlib's collections: Counter, defaultdict, deque, namedtuple and
# OrderedDict in the ways ordinary programs use them.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

Point = namedtuple("Point", "x y")


def main():
    words = [f"w{(i * 7919) % 1013}" for i in range(1000000)]
    counts = Counter(words)
    groups = defaultdict(list)
    for i, word in enumerate(words[:50000]):
        groups[len(word)].append(i)
    window = deque(maxlen=100)
    rolling = 0
    for i in range(1000000):
        window.append(i)
        if i % 100 == 0:
            rolling += sum(window)
    queue = deque(range(1000))
    for _ in range(500000):
        queue.rotate(3)
        queue.append(queue.popleft())
    points = [Point(i, i * 2) for i in range(250000)]
    total = sum(p.x + p.y for p in points)
    lru = OrderedDict()
    for i in range(500000):
        key = i % 300
        lru[key] = i
        lru.move_to_end(key)
        if len(lru) > 200:
            lru.popitem(last=False)
    print(counts.most_common(3), sorted((k, len(v)) for k, v in groups.items()), rolling,
          queue[0], total, next(iter(lru)))


main()
