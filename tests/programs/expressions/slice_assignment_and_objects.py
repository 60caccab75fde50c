# Slice assignment can resize plain slices; extended slices need equal lengths.
lst = list(range(8))
lst[2:4] = ["a", "b", "c", "d"]
print(lst)
lst[:3] = []
print(lst)
lst[::2] = "WXYZ"[:len(lst[::2])]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
lst[len(lst):] = [100, 200]
print(lst)
lst[1:1] = ["inserted"]
print(lst)
lst[::-1] = range(len(lst))
print(lst)

sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step)
print(list(range(20))[sl])
print(slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
print(slice(3))

class Show:
    def __getitem__(self, key):
        return key

s = Show()
print(s[1:2], s[::3], s[1:2, 3], s[..., 1:], s[:, None])
try:
    lst[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
