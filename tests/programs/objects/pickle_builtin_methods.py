# __reduce__ of builtin functions, method descriptors, slot wrappers and
# bound methods, and pickling the built-in iterators that reduce to iter().
import math
import pickle
print(iter.__reduce__(), len.__reduce_ex__(2), math.sqrt.__reduce__())
print([].append.__reduce__())
print(list.append.__reduce__(), str.join.__reduce__(), dict.fromkeys.__reduce__())
print(int.__add__.__reduce__(), (1).__add__.__reduce__())
for descr in [type.__dict__['__name__'], dict.__dict__['fromkeys']]:
    try:
        descr.__reduce__()
    except TypeError as e:
        print(e)
print(complex.real.__reduce__())
for f in [iter, list.append, str.join, int.__add__, dict.fromkeys, math.sqrt]:
    print(pickle.loads(pickle.dumps(f)) == f)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in [iter(range(5)), iter([1, 2, 3]), iter((1, 2)), enumerate("ab"),
                reversed([1, 2]), iter({1: 2}), iter({1: 2}.values()),
                iter({1: 2}.items()), reversed({1: 2}), iter("abc"), iter({1}),
                iter(b"ab"), zip([1], [2]), map(abs, [-1]), filter(None, [0, 1])]:
        next_item = next(obj)
        print(type(obj).__name__, next_item, list(pickle.loads(pickle.dumps(obj, proto))))
