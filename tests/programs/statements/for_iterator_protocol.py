# for calls iter() once and next() until StopIteration; __getitem__ sequences also work.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        print("__iter__ called")
        return CountdownIterator(self.start)

class CountdownIterator:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            print("StopIteration")
            raise StopIteration
        self.n -= 1
        return self.n + 1

for v in Countdown(3):
    print("got", v)

class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(OldStyle()))
for v in OldStyle():
    print("old-style item", v)

try:
    for v in 42:
        pass
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 5

try:
    for v in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)

it = iter([1, 2, 3, 4])
for a in it:
    b = next(it)
    print("pair", a, b)
