def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

g = list[int]
print(g, repr(g), g.__origin__, g.__args__, g.__parameters__, type(g).__name__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[int]])
print(list[int] == list[int], list[int] == list[str], list[int] == list, list[int] != list[int], dict[int, str] == dict[int, str])
print(hash(list[int]) == hash(list[int]))
t(lambda: isinstance([], list[int]))
t(lambda: issubclass(list, list[int]))
print(isinstance(list[int], type), g([1, 2]), g(), g('ab'))
print(list[int]([3]).__class__.__name__)
print(dict[str, int](a=1))
t(lambda: list[int](5))
print(g.__mro_entries__((g,)))
class L(list[int]):
    pass
print(L.__bases__, L.__orig_bases__ if hasattr(L, '__orig_bases__') else '')
print(list[int].append, list[int].__name__ if hasattr(list[int], '__name__') else '')
print(list[int, str], dict[int])
print(g.__reduce__())
print(list[...], list[None], list[1], list['x'])
print(list[int] | None, int | list[str])
print(type(list[int] | None).__name__)
print(tuple[int, str].__args__, dict[str, int].__args__)
print(list[[int, str]], list[[]])
u = [*tuple[int]]
print(u, type(u[0]).__name__)
print(list(iter(tuple[int, str])))
print(tuple[int].__unpacked__ if hasattr(tuple[int], '__unpacked__') else 'nounpacked')
t(lambda: list[int][str])
t(lambda: dict[str][int])
print(type(g)(list, (int,)), type(g)(list, int))
t(lambda: type(g)(list))
print(list[int].__class__ is type(g), g.__dir__ is not None)
t(lambda: setattr(g, 'x', 1))
print(list[int] == 1, list[int].__eq__ == list.__eq__)
