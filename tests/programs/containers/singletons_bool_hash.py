print(hash(None), hash(NotImplemented), hash(Ellipsis))
print({None: 1, ...: 2, NotImplemented: 3})
print({None, 1, 2, 3, 4, 5, 6, 7, 8, 9})
print({..., 0, 1})
print(hash((None,)), hash((None, None)), hash((1, None)), hash((...,)))
print(hash(range(0)), hash(range(1, 2)), hash(range(5)))
print(None.__hash__() == hash(None), type(None).__hash__(None) == hash(None))
print(bool(...), bool(None), (...).__bool__ if hasattr(..., '__bool__') else 'no __bool__')
print(None is None, None == None, None != None, ... is Ellipsis, type(None)() is None)
print(str(None), format(None), '%s' % None, f'{None!r:>6}', format(..., ''), repr([None, ..., NotImplemented]))
try:
    format(None, 'x')
except TypeError as e:
    print(type(e).__name__, e)
