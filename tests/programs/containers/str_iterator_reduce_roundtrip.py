# The str iterators pickle as CPython's: (iter, (str,), index) and reversed.
def restore(it):
    f, args, *state = it.__reduce__()
    fresh = f(*args)
    if state:
        fresh.__setstate__(state[0])
    return fresh

for make in [lambda: iter('abcd'), lambda: iter('äbcd'), lambda: iter('😀bcd'), lambda: reversed('abcd')]:
    it = make()
    next(it)
    print(type(it).__name__, it.__reduce__()[1:], list(restore(it)), list(it))
it = iter('ab')
list(it)
print(it.__reduce__()[1:])
it = iter('abc')
it.__setstate__(2)
print(list(it))
