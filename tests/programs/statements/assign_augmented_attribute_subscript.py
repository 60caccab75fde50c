# Augmented assignment on attributes and subscripts evaluates the target once.
class Obj:
    def __init__(self):
        self.count = 0

calls = []
def get_obj(o):
    calls.append("obj")
    return o

def get_key(k):
    calls.append("key")
    return k

o = Obj()
get_obj(o).count += 5
get_obj(o).count *= 3
print(o.count, calls)

calls.clear()
data = {"a": 1}
data[get_key("a")] += 10
data[get_key("b") if "b" in data else get_key("a")] -= 1
print(data, calls)

grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][-1] |= 6
grid[0][-1] ^= 3
print(grid)

class Logged(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)

lg = Logged(n=2)
lg["n"] **= 10
print(lg)

s = "ab"
s += "cd"
s *= 2
print(s)
n = 17
n //= 4; print(n)
n %= 3; print(n)
n <<= 5; print(n)
n >>= 2; print(n)
n &= 6; print(n)
n /= 4; print(n)
n -= 0.5; print(n)
