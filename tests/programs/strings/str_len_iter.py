def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['', 'a', 'äöü', '𝄞𝄞', 'a\ud800b', '\x00' * 5]:
    print(repr(s), len(s), s.__len__(), list(s), list(reversed(s)))
it = iter('ab€')
print(type(it).__name__, next(it), list(it), list(it))
it = iter('xyz')
print(it.__length_hint__(), next(it), it.__length_hint__())
print([c for c in 'é𝄞a'], ''.join(reversed('ab𝄞')))
t(next, iter(''))
r = reversed('abc')
print(type(r).__name__, list(r))
