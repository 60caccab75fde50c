# Slicing lists, strings and tuples with every kind of bound; slice.indices.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::3], s[::-1], s[8:2:-2], s[-1:-4:-1], s[5:2], s[100:200], s[-100:2])
lst = list(range(10))
print(lst[slice(2, 8, 2)], lst[slice(None, None, -3)], slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
lst[2:5] = []
print(lst)
lst[::2] = "abcd"
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
t = (1, 2, 3, 4)
print(t[1:3], t[::-2], type(t[:0]).__name__)
sl = slice(1, 5, 2)
print(sl.start, sl.stop, sl.step, sl == slice(1, 5, 2))
