# A generator that tries to resume itself: "generator already executing".
def gen():
    yield next(g)
g = gen()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
def simple():
    yield 1
s = simple()
print(list(s), list(s))
try:
    s.send(5)
except StopIteration:
    print("exhausted generator: StopIteration on send")
fresh = simple()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
