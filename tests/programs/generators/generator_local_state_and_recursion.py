# Generator frames keep their local state; recursive generators via yield from.
def tree_walk(node, depth=0):
    value, children = node
    yield "  " * depth + str(value)
    for child in children:
        yield from tree_walk(child, depth + 1)

tree = (1, [(2, [(4, []), (5, [])]), (3, [(6, [])])])
print("\n".join(tree_walk(tree)))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest

print([''.join(p) for p in permutations("abc")])

def counter():
    count = 0
    items = []
    while count < 3:
        count += 1
        items.append(count)
        yield count, list(items)

print(list(counter()))
a, b = counter(), counter()
print(next(a), next(a), next(b), next(a))
a.close(); b.close()
