# Nested functions can call themselves and each other through the enclosing scope.
def solve(n):
    memo = {}
    def ways(k):
        if k in memo:
            return memo[k]
        if k < 0:
            return 0
        if k == 0:
            return 1
        memo[k] = ways(k - 1) + ways(k - 2) + ways(k - 3)
        return memo[k]
    return ways(n), len(memo)

print(solve(10), solve(30))

def walker(tree):
    out = []
    def visit(node, depth):
        name, children = node
        out.append("  " * depth + name)
        for child in children:
            visit(child, depth + 1)
    visit(tree, 0)
    return "\n".join(out)

print(walker(("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])))

def collatz_len(n):
    def step(m, count):
        if m == 1:
            return count
        return step(m // 2 if m % 2 == 0 else 3 * m + 1, count + 1)
    return step(n, 1)
print([collatz_len(i) for i in range(1, 12)], collatz_len(27))
