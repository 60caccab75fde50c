def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print([n for n in dir(str) if not n.startswith('__')])
print([n for n in dir(str) if n.startswith('__')])
print(hasattr(str, '__bool__'), bool(''), bool('a'), bool('\x00'), hasattr('', '__len__'))
print(str.__name__, str.__qualname__, str.__mro__, str.__base__)
class S(str): pass
print(bool(S('')), bool(S('x')))
