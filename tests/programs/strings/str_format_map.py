def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b}'.format_map({'a': 1, 'b': 2}))
print('{a} {zz} {a.real}'.format_map(D(a=1)))
print('{x[y]}'.format_map({'x': {'y': 'deep'}}))
t('{a}'.format_map, {})
t('{}'.format_map, {})
t('{0}'.format_map, {0: 'int'})
t('{0}'.format_map, {'0': 'str'})
t('{a}'.format_map, [])
t('{a}'.format_map, 1)
t('{a}'.format_map)
t('{a}'.format_map, {}, {})
t('x'.format_map, None)
print('{}'.format_map if False else 'ok')
class M:
    def __getitem__(self, k):
        return k * 2
print('{ab} {c}'.format_map(M()))
class E:
    def __getitem__(self, k):
        raise LookupError(k)
t('{q}'.format_map, E())
print('{{a}}'.format_map({}))
