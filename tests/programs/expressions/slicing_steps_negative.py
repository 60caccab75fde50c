# Slices with steps, negative indices and out-of-range bounds.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[-3:-1])
print(s[::2], s[1::3], s[::-1], s[::-3], s[8:2:-2], s[2:8:-1])
print(s[100:], s[-100:2], s[5:100], s[-1:-100:-1])
print(s[::100], s[3:3], s[5:2])
t = "abcdefgh"
print(t[::-1], t[1:-1:2], t[-2::-2], t[:0])
tup = tuple(range(6))
print(tup[1::2], tup[::-2])
print(s[-1], t[-8], tup[-6])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t[-9]
except IndexError as e:
    print("IndexError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 2
print(s[Idx()], s[Idx():], t[:Idx()])
big = 10 ** 30
print(s[-big:big], s[big:], s[::big])
print(range(10)[2:8:3], range(10)[::-1])
