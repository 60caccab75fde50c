from _functools import partial, reduce, cmp_to_key
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: partial()); t(lambda: partial(1)); t(lambda: reduce(1)); t(lambda: reduce(lambda a,b:a, [], x=1)); t(lambda: reduce(lambda a,b:a, 1)); t(lambda: reduce(lambda a,b:a, []))
p = partial(print, 1, sep='-')
t(lambda: setattr(p, 'func', 1)); t(lambda: p.__setstate__(1)); t(lambda: p.__setstate__((1,2))); t(lambda: p.__setstate__((1,2,3,4)))
t(lambda: partial.__new__(partial)); t(lambda: cmp_to_key(lambda a, b: 0)(1) < 1); t(lambda: cmp_to_key()); t(lambda: hash(cmp_to_key(int)(1)))
t(lambda: cmp_to_key(lambda a, b: 0)()); t(lambda: type(cmp_to_key(int)(1))); t(lambda: p.__reduce__()); t(lambda: cmp_to_key(mycmp=int)(obj=3).obj)
t(lambda: p.__setstate__((print, [1], None, None)) or (p.args, p.keywords, p.__dict__)); t(lambda: p.__setstate__((print, (1,), {1:2}, {})) or p.keywords)
t(lambda: partial(p, 2)); t(lambda: partial.__name__); t(lambda: p.__setstate__((print, (1,), None, 5)))
