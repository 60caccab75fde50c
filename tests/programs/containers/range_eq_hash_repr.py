def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(range(0) == range(5, 5), range(0) == range(3, 1, 2), range(1, 10, 100) == range(1, 2), range(5) == range(0, 5, 1))
print(range(1, 5, 2) == range(1, 6, 2), range(1, 5, 2) == range(1, 4, 2), range(5) != range(6), range(1) == [0])
print(hash(range(0)) == hash(range(3, 1)), hash(range(1, 2)) == hash(range(1, 10, 100)))
print(hash(range(0)), hash(range(5)), hash(range(1, 10, 2)), hash(range(7, 8)))
t(lambda: range(3) < range(4))
t(lambda: range(3) <= range(3))
print(repr(range(0)), repr(range(-1, 5)), repr(range(2, -3, -1)), repr(range(0, 5, 1)), str(range(10**20)))
print(range.__eq__(range(1), 1), range.__ne__(range(1), range(1)))
print({range(3): 'a'}[range(0, 3)])
print(range(2) in [range(0, 2)])
print(bool(range(0)), bool(range(1)), bool(range(5, 0)))
print(range.__reduce__(range(1, 5, 2)), range(3).__reduce__())
t(lambda: range.__new__(range))
print(range.__doc__[:25])
