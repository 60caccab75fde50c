for tp in [list, tuple, dict, set, frozenset, type, enumerate, reversed if False else list]:
    print(tp.__name__, tp[int], repr(tp[int, str]))
for tp in [range, slice, zip, map, filter, property]:
    try:
        tp[int]
        print(tp.__name__, 'subscriptable')
    except TypeError as e:
        print(tp.__name__, type(e).__name__, e)
print(list.__class_getitem__.__name__, type(list.__dict__['__class_getitem__']).__name__)
print(list[int] == list.__class_getitem__(int), dict[str, int].__args__)
class L(list):
    pass
print(L[int], L[int].__origin__ is L)
try:
    L.__class_getitem__()
except TypeError as e:
    print(type(e).__name__, e)
