# set, frozenset, bytearray and deque subclasses pickle and copy their __slots__ values
# and instance dict: their __reduce__ takes the state from __getstate__.
import collections
import copy
import pickle
class SlotSet(set):
    __slots__ = ("x", "__dict__")
class SlotFrozen(frozenset):
    __slots__ = ("x",)
class SlotBytes(bytearray):
    __slots__ = ("x", "y")
class SlotDeque(collections.deque):
    __slots__ = ("x", "__dict__")
class Custom(set):
    def __getstate__(self):
        return {"custom": True}
for cls, arg in [(SlotSet, [1, 2]), (SlotFrozen, [3]), (SlotBytes, b"ab"), (SlotDeque, [4])]:
    obj = cls(arg)
    obj.x = 10
    if hasattr(obj, "__dict__"):
        obj.extra = "e"
    print(cls.__name__, obj.__reduce_ex__(4)[2] if cls is not SlotDeque else obj.__reduce__()[2])
    clones = [pickle.loads(pickle.dumps(obj))] + ([copy.copy(obj)] if cls is not SlotDeque else [])
    for clone in clones:
        print(" ", type(clone).__name__, clone.x, getattr(clone, "extra", None), sorted(clone) if not isinstance(clone, bytearray) else bytes(clone))
print(set([1]).__reduce__(), bytearray(b"z").__reduce_ex__(2), Custom([5]).__reduce__()[2])
