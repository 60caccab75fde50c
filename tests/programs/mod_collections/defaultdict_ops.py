from collections import defaultdict, Counter, namedtuple
import copy
d = defaultdict(list)
d['a'].append(1); d['b']; print(d, d.default_factory)
print(isinstance(d, dict), d == {'a': [1], 'b': []})
e = defaultdict(None, {1: 2}); print(e)
try: e[5]
except KeyError as ex: print('KeyError', ex)
try: defaultdict(None)[(1, 2)]
except KeyError as ex: print('KeyError', ex.args)
print(d.copy(), type(d.copy()).__name__, copy.copy(d), copy.deepcopy(d))
print(copy.deepcopy(d))
f = defaultdict(int, a=1); f['b'] += 2; print(f, f.get('c'), 'c' in f)
f.default_factory = None; print(f)
print(d | {'z': 1}, {'z': 1} | defaultdict(int, y=2), type({1: 1} | defaultdict(int)).__name__)
g = defaultdict(int); g |= {'q': 1}; print(g)
r = defaultdict(list); r[1] = r; print(r)
class Sub(defaultdict):
    pass
s = Sub(int); s[3]; print(s, s.copy())
print(defaultdict(int, [(1, 2)]).__missing__(5))
print(Counter('abracadabra').most_common(3), Counter(a=1) + Counter(a=2, b=1))
P = namedtuple('P', 'x y')
p = P(1, 2); print(p, p.x, p.y, P.x.__doc__, P._fields, p._replace(x=3), p._asdict())
try: p.x = 5
except AttributeError as ex: print('AttributeError', ex)
try: P.x.__get__(5)
except TypeError as ex: print('TypeError', ex)
print(P.x.__get__(None, P) is P.x, copy.deepcopy(p))
P.x.__doc__ = 'first'; print(P.x.__doc__)
