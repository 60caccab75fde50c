import sys
def show(tp):
    print(tp.__name__, [n for n in dir(tp) if n not in ('__str__', '__module__')])
for tp in [list, tuple, dict, set, frozenset, range, slice, enumerate, zip, map, filter, reversed, property,
           type(sys.implementation), type(type.__dict__), type(list[int]), type(int | str), type(None),
           type(NotImplemented), type(...), type({}.keys()), type({}.values()), type({}.items()),
           type(iter([])), type(iter(())), type(iter({})), type(iter(set())), type(iter(range(1))),
           type(reversed([])), type(reversed({})), type(iter(lambda: 0, 1)), type(iter({}.items())), type(iter({}.values()))]:
    show(tp)
