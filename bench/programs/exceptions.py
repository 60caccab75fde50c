# Raising and catching exceptions in a loop, including custom classes and finally.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

def may_fail(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i

caught = 0
codes = 0
finals = 0
for i in range(1500000):
    try:
        may_fail(i)
    except AppError as e:
        caught += 1
        codes += e.code & 0xFF
    except KeyError:
        caught += 1
    finally:
        finals += 1
print(caught, codes, finals)

d = {}
misses = 0
for i in range(1500000):
    try:
        d[i & 1023] += 1
    except KeyError:
        misses += 1
        d[i & 1023] = 1
print(misses, sum(d.values()))

def nested(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return nested(n - 1)
    finally:
        pass

hits = 0
for i in range(75000):
    try:
        nested(10)
    except ValueError:
        hits += 1
print(hits)
