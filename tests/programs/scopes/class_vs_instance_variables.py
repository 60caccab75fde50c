# Attribute lookup: instance dict first, then the class; assignment always goes to the instance.
class Counter:
    shared = []
    count = 0

    def add(self, item):
        self.shared.append(item)
        self.count += 1

a, b = Counter(), Counter()
a.add("x")
b.add("y")
b.add("z")
print(Counter.shared, Counter.count, a.count, b.count)
print(sorted(vars(a)), sorted(vars(b)))
Counter.count = 100
c = Counter()
print(c.count, a.count)
del a.count
print(a.count)
a.shared = ["own list"]
print(a.shared, b.shared)
