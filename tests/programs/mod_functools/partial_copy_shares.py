# copy.copy() of a functools.partial shares its args, keywords and attribute dict (its
# __setstate__ keeps exact tuples and dicts), as CPython's.
import copy
import functools
def signature(*args, **kwargs):
    return args, kwargs
f = functools.partial(signature, ["asdf"], bar=[True])
f.attr = []
g = copy.copy(f)
print(g(), g.args is f.args, g.keywords is f.keywords, g.attr is f.attr)
class KW(dict):
    pass
h = functools.partial(signature)
h.__setstate__((signature, (1,), KW(a=2), None))
print(h(), type(h.keywords).__name__)
try:
    h.__setstate__((signature, [1], None, None))
except TypeError as e:
    print("TypeError:", e)
