# Chained assignment evaluates the value once and assigns targets left to right.
class Recorder:
    def __init__(self):
        self.__dict__["log"] = []

    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)

def value():
    print("value evaluated")
    return [1, 2]

r = Recorder()
a = b = r.first = r.second = value()
print(a is b, a is r.first, r.log)

d = {}
def key(k):
    print("key", k)
    return k
d[key("x")] = d[key("y")] = 0
print(d)

x, y = z = 1, 2
print(x, y, z)

i = 0
items = [10, 20, 30]
i = items[i] = 1
print(i, items)
