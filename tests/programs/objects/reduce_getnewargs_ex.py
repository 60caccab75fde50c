# object.__reduce_ex__(2+) with __getnewargs_ex__: copyreg.__newobj_ex__ for
# keyword arguments, CPython's checks of the returned pair.
import copy, pickle, copyreg
class C5(int):
    ARGS = (1, 2)
    KWARGS = {'value': 3}
    def __new__(cls, a, b, *, value=0):
        self = super().__new__(cls, value)
        self.a = a
        self.b = b
        return self
    @classmethod
    def __getnewargs_ex__(cls):
        return (cls.ARGS, cls.KWARGS)
c = C5(1, 2, value=3)
r = c.__reduce_ex__(4)
print(r[0] is copyreg.__newobj_ex__, r[1], r[2])
r = c.__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1], r[2])
for proto in range(2, 6):
    d = pickle.loads(pickle.dumps(c, proto))
    print(proto, d, d.a, d.b, type(d).__name__)
d = copy.copy(c); print(d, d.a, d.b)
class N:
    def __getnewargs_ex__(self):
        return ((), {})
print(N().__reduce_ex__(2)[1])
for ret in [(1,), "x", ([], {}), ((), [])]:
    class B:
        def __getnewargs_ex__(self, ret=ret):
            return ret
    try:
        B().__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class G:
    def __getnewargs__(self):
        return (5,)
    def __new__(cls, x=0):
        return super().__new__(cls)
print(G().__reduce_ex__(2)[1][1:])
class Picky:
    def __getstate__(self):
        return {}
    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(attr)
        return None
for proto in range(6):
    print(proto, Picky().__reduce_ex__(proto)[1:3])
