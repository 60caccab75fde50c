# Dict and set comprehensions; duplicate keys keep the last value but the first key position.
squares = {x: x * x for x in range(5)}
print(squares)
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in squares.items() if v % 2 == 0})
print(sorted({x % 4 for x in range(20)}))
print(sorted({c for c in "mississippi"}))
words = ["apple", "bob", "cat", "avocado", "banana"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({i: {j: i * j for j in range(3)} for i in range(2)})
print({(x, y): x + y for x in range(2) for y in range(2)})
def key(k):
    print("key", k)
    return k
def val(v):
    print("val", v)
    return v
print({key(i): val(i * 10) for i in range(2)})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__, len({1 for _ in range(5)}))
