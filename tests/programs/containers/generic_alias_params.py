def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

GA = type(list[int])
print(GA(dict, (str, int)), GA(tuple, ()), GA(list, int).__args__)
print(list[int].__parameters__, dict[str, list[int]].__parameters__, tuple[()].__args__)
t(lambda: GA())
t(lambda: GA(list))
t(lambda: GA(list, int, str))
t(lambda: GA(list, int, x=1))
a = list[int]
print(a.__origin__ is list, a.__args__ == (int,), a == list[int], a != list[str], a == 'list[int]')
print(hash(dict[str, int]) == hash(dict[str, int]))
print(list[int].__unpacked__, (*tuple[int],)[0].__unpacked__ if False else '')
print(type[int], type[int].__origin__, frozenset[int](), set[str]('ab') == {'a', 'b'})
t(lambda: list[int].__origin__.__setattr__)
t(lambda: setattr(list[int], '__origin__', dict))
print(list[int].__class__.__name__, list[int].__doc__ is None or 'doc')
print(list[int].__name__ if hasattr(list[int], '__name__') else '-', list[int].__qualname__ if hasattr(list[int], '__qualname__') else '-')
print(repr(list[list]), repr(dict[list[int], tuple[str, ...]]), repr(list[type(None)]), repr(list[None]))
print(list[int] == list[int, ], list[int,] == list[(int,)])
