# type.__flags__ carries CPython's Py_TPFLAGS_* bits (HEAPTYPE for copyreg's
# protocol 0/1 reduction, IS_ABSTRACT for inspect).
import abc, collections
class A: pass
class S: __slots__ = ()
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class I(int): pass
for t in [object, int, bool, str, bytes, tuple, list, dict, type, BaseException, ValueError, float, complex, set, A, S, Ab, I, type(len), type(None), collections.deque, range, memoryview]:
    f = t.__flags__
    print(t.__name__, f & (1 << 9) != 0, f & (1 << 20) != 0, f & (1 << 10) != 0, f & (1 << 8) != 0, f & (1 << 14) != 0, f & (1<<5) != 0, f & (1<<6) != 0, [b for b in range(24, 32) if f & (1 << b)])
import copy, copyreg, pickle
class C4(int):
    def __getnewargs__(self):
        return (int(self) + 1,)
    def __new__(cls, v):
        return super().__new__(cls, v)
c = C4(5)
print(c.__reduce_ex__(0)[1], c.__reduce_ex__(1)[1])
for proto in range(6):
    d = pickle.loads(pickle.dumps(c, proto))
    print(proto, type(d).__name__, d)
print(copy.copy(c))
import inspect
print(inspect.isabstract(Ab), inspect.isabstract(A))
