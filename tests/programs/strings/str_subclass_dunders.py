def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class S(str):
    def __eq__(self, o): return True
    def __hash__(self): return 7
    def __len__(self): return 42
    def __contains__(self, x): return x == 'magic'
    def __getitem__(self, i): return 'item'
    def __iter__(self): return iter(['x', 'y'])
s = S('abc')
print(s == 'zzz', hash(s), len(s), 'magic' in s, 'a' in s, s[0], list(s), str.__len__(s), str.__getitem__(s, 0), str.__contains__(s, 'a'), str.__eq__(s, 'abc'))
print(bool(S('')), ''.join(s), s.upper(), s + 'd', s * 2, '%s' % s, repr(s), str(s))
class T(str):
    def __repr__(self): return 'T!'
    def __str__(self): return 'T-str'
t1 = T('q')
print(repr(t1), str(t1), [t1], '%s %r' % (t1, t1), '{} {!r}'.format(t1, t1), f'{t1} {t1!r}', t1 + 'x', t1.upper())
print(str.__repr__(t1), str.__str__(t1), type(str.__str__(t1)).__name__)
