def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = []
l.extend(range(3)); l.extend('é€'); l.extend(b'\x00\xff'); l.extend({3: 4}); l.extend({5}); l.extend(frozenset()); print(l)
l = [1]
l.extend({}.keys()); l.extend({1: 'v'}.values()); l.extend({1: 'v'}.items()); print(l)
l.extend(iter([9, 8])); l.extend(reversed([7, 6])); l.extend(enumerate('a')); l.extend(zip('x', 'y')); print(l)
l.extend(map(str, [1])); l.extend(filter(None, [0, 2])); print(l)
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 11
l.extend(Seq()); print(l)
def gen():
    yield 'g1'
    yield 'g2'
l.extend(gen()); print(l)
t(lambda: l.extend(1))
t(lambda: l.extend(None))
t(lambda: l.extend(1.5))
def bad():
    yield 1
    raise ZeroDivisionError('in gen')
m = [0]
t(lambda: m.extend(bad()))
print(m)
class LH:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 1000
l = []
l.extend(LH()); print(l)
class BadLH:
    def __iter__(self): return iter([3])
    def __length_hint__(self): return -1
t(lambda: l.extend(BadLH()))
x = [1, 2]
x.extend(x); print(x)
x.extend(x[::-1]); print(x)
y = (1, 2)
x.extend(y * 2); print(x)
