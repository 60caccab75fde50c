# __class_getitem__ is an implicit classmethod used by Cls[...].
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int])
print(Box["x", 2])

class Sub(Box): pass
print(Sub[0])

print(list[int])
print(dict[str, list[int]])
print(type(list[int]).__name__)
print(list[int].__origin__ is list, list[int].__args__)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
