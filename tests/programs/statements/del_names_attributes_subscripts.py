# del removes names, attributes, items and slices.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)

class C:
    pass

c = C()
c.a = 1
c.b = 2
del c.a
print(sorted(vars(c)))
try:
    del c.a
except AttributeError as e:
    print("AttributeError:", e)

d = {"k": 1, "j": 2}
del d["k"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

a, b, c2 = 1, 2, 3
del a, b
print("c2" in globals(), "a" in globals(), "b" in globals())

lst = [0, 1, 2, 3]
del (lst[0], lst[0])
print(lst)
try:
    del lst[10]
except IndexError as e:
    print("IndexError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
