a = [3, 2, 1]
def k(x):
    a.append(x)
    return x
try:
    a.sort(key=k)
except ValueError as e:
    print(type(e).__name__, e)
print(a)

b = [5, 4, 3, 2, 1]
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        b.clear()
        return self.v < o.v
    def __repr__(self): return 'C(%d)' % self.v
b = [C(3), C(1), C(2)]
try:
    b.sort()
except ValueError as e:
    print(type(e).__name__, e)
print(b)

c = [3, 1, 2]
def k2(x):
    print('during sort len', len(c))
    return x
c.sort(key=k2)
print(c)

d = [1, 2, 3]
def raiser(x):
    if x == 2:
        raise KeyError('boom')
    return x
try:
    d.sort(key=raiser)
except KeyError as e:
    print(type(e).__name__, e)
print(d)

class Bad:
    def __lt__(self, o):
        raise RuntimeError('no compare')
e = [Bad(), Bad()]
try:
    e.sort()
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(len(e))

class NI:
    def __lt__(self, o):
        return NotImplemented
try:
    [NI(), NI()].sort()
except TypeError as ex:
    print(type(ex).__name__, ex)
