# operator.length_hint() and list() carry on when __len__ refuses with TypeError (a weak
# proxy of a generator), using __length_hint__ or nothing; other errors propagate.
import operator
import weakref
g = (i * i for i in range(4))
p = weakref.proxy(g)
print(list(p))
class L:
    def __len__(self):
        raise TypeError("no")
    def __length_hint__(self):
        return 7
print(operator.length_hint(L()))
class M:
    def __len__(self):
        raise ValueError("v")
try:
    operator.length_hint(M())
except ValueError as e:
    print("ValueError", e)
