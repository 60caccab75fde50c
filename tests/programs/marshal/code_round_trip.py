# A compiled module survives dumps/loads: exec'ing the loaded code gives the
# same results as exec'ing the original.
import marshal

source = '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

def closure(k):
    def add(v):
        return v + k
    return add

def gen(n):
    for i in range(n):
        yield i * i

def handler(value):
    try:
        return 10 // value
    except ZeroDivisionError as e:
        return 'caught ' + str(e)
    finally:
        pass

data = {'a': [1, 2.5, 3j], 'b': (None, True, b'x'), 'c': frozenset({1})}
results = [fib(15), Point(3, 4).norm2(), repr(Point(1, 'y')), closure(5)(10), list(gen(5)),
           handler(2), handler(0), data, [x for x in range(5) if x % 2], {k: v for k, v in zip('ab', 'cd')}]
'''
code = compile(source, 'round_trip', 'exec')
for version in range(5):
    loaded = marshal.loads(marshal.dumps(code, version))
    original_ns = {}
    loaded_ns = {}
    exec(code, original_ns)
    exec(loaded, loaded_ns)
    print(version, loaded_ns['results'] == original_ns['results'], loaded_ns['results'])
print(loaded.co_filename, loaded.co_name, loaded == code)
