def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1: 'a', 2: 'b'}
b = {2: 'B', 3: 'C'}
print(a | b, b | a, a | {}, {} | {}, a)
t(lambda: a | [(1, 2)])
t(lambda: a | None)
t(lambda: [(1, 2)] | a)
c = dict(a)
c |= b; print(c)
c |= [(9, 'z')]; print(c)
c |= {}.items(); print(c)
c |= zip('xy', 'XY'); print(c)
def ior(x, y):
    x |= y
    return x
t(lambda: ior({}, 5))
t(lambda: ior({}, [1]))
t(lambda: ior({}, [(1, 2, 3)]))
print(dict.__or__(a, b), dict.__or__(a, 1), dict.__ror__(a, b), dict.__ior__({}, a))
class D(dict):
    pass
x = D(a) | b
print(type(x).__name__, x)
y = b | D(a)
print(type(y).__name__, y)
class E(dict):
    def __or__(self, o):
        return 'E.or'
    def __ror__(self, o):
        return 'E.ror'
print({} | E(), E() | {})
