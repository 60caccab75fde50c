import functools, _functools, copy
from functools import partial, reduce, cmp_to_key
print(functools.partial is _functools.partial, functools.reduce is _functools.reduce)
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 10), reduce(max, iter([3, 9, 2])))
def f(*args, **kw): return args, kw
p = partial(f, 1, 2, a=3)
print(p(3, b=4), p(a=9), p.func is f, p.args, p.keywords)
q = partial(p, 4, c=5); print(q.func is f, q.args, q.keywords, q())
print(repr(partial(f, 'x', k=[1]))[:18], repr(p).endswith("1, 2, a=3)"))
class P(partial):
    pass
s = P(f, 1); print(type(s).__name__, s(2), repr(s).startswith('P('))
p.attr = 5; print(p.__dict__, copy.copy(p)(), copy.deepcopy(p).attr)
r = p.__reduce__(); print(r[0] is partial, r[1][0] is f, r[2][1:])
n = partial.__new__(partial, f); n.__setstate__((f, (7,), {'z': 1}, {'w': 2})); print(n(), n.w)
print(partial[int], sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(3), K(1).obj)
class C:
    @functools.lru_cache(maxsize=2)
    def m(self, x): return x * 2
print(C().m(3), functools.lru_cache()(lambda x: x)(4))
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
print(functools.total_ordering.__name__, functools.wraps(f)(lambda: 0).__name__)
p2 = partial(max, key=abs); print(p2([-5, 3]), p2([-5, 3], key=None))
print(partial(f)(), list(map(partial(pow, 2), range(5))))
