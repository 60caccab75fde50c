def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1}
m = d.keys().mapping
print(type(m).__name__, m, m['a'], len(m), list(m), m == d, m.get('b', 'none'))
d['b'] = 2
print(m, d.values().mapping, d.items().mapping)
t(lambda: m.__setitem__('c', 3))
def set_map(view):
    view.mapping = {}
t(lambda: set_map(d.keys()))
t(lambda: m.pop('a'))
print(d.keys().mapping.copy(), type(d.keys().mapping.copy()).__name__)
class D(dict):
    pass
x = D(q=1)
print(x.keys().mapping, type(x.items().mapping).__name__)
print(d.keys().mapping is d.keys().mapping)
