def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(dict.fromkeys(range(3), 'v'), dict.fromkeys('aab'), dict.fromkeys(b'ab'), dict.fromkeys(x * x for x in [-1, 1, 2]))
print(dict.fromkeys({'k': 1}.items()), dict.fromkeys(frozenset([1])), dict.fromkeys(iter([3, 2, 1])))
t(lambda: dict.fromkeys(None))
t(lambda: dict.fromkeys([{}], 1))
t(lambda: dict.fromkeys(iterable=[1]))
class OD(dict):
    def __init__(self, *a, **k):
        print('OD init', a, k)
        super().__init__(*a, **k)
o = OD.fromkeys('xy', 0)
print(type(o).__name__, o)
class NotDict:
    pass
t(lambda: dict.fromkeys.__func__ if hasattr(dict.fromkeys, '__func__') else 'builtin')
print(type(dict.__dict__['fromkeys']).__name__, dict.fromkeys.__self__ is dict)
