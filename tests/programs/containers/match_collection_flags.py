# Whether a class matches sequence or mapping patterns comes from the first class along
# its MRO that decides it, and __abc_tpflags__ cannot claim both.
import collections
import collections.abc
class C:
    pass
classes = {
    "M1": (collections.UserDict, collections.abc.Sequence),
    "M3": (collections.UserDict, C, list),
    "M4": (dict, collections.abc.Sequence, C),
    "S3": (list, C, collections.abc.Mapping),
    "S4": (collections.UserList, dict, C),
}
for name, bases in classes.items():
    obj = type(name, bases, {})()
    match obj:
        case {}:
            kind = "map"
        case []:
            kind = "seq"
        case _:
            kind = "neither"
    print(name, kind)
try:
    class Both(collections.abc.Collection):
        __abc_tpflags__ = (collections.abc.Sequence.__flags__ | collections.abc.Mapping.__flags__)
except TypeError as e:
    print("TypeError:", e)
