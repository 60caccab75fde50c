# set(), set operations and dict.fromkeys() with a dict or set operand reuse the stored
# hashes: a key's __hash__ runs once, when it first enters a table.
class H(int):
    hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)
n = 10
d = dict.fromkeys(map(H, range(n)))
c = lambda: sum(e.hash_count for e in d)
print(c())
s = set(d); print("set", c())
s.difference(d); print("diff", c())
s.symmetric_difference_update(d); print("symdiff", c())
d2 = dict.fromkeys(set(d)); print("fromkeys set", c())
d3 = dict.fromkeys(frozenset(d)); print("fromkeys frozenset", c())
d3 = dict.fromkeys(frozenset(d), 123); print(c())
print(sorted(d3.items()) == sorted(dict.fromkeys(d, 123).items()))
