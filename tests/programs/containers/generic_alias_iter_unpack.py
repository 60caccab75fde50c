def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

items = list(iter(tuple[int, str]))
print(items, len(items), type(items[0]).__name__, items[0].__unpacked__)
u = items[0]
print(u, repr(u), u.__origin__, u.__args__, u == tuple[int, str], u.__typing_unpacked_tuple_args__)
print(tuple[int].__typing_unpacked_tuple_args__, list[int].__typing_unpacked_tuple_args__)
print([*list[int]], next(iter(dict[str, int])))
it = iter(list[int])
print(type(it).__name__, next(it))
t(lambda: next(it))
print(tuple[*tuple[int]] if False else 'skip')
print(u == u, hash(u) == hash(u))
