def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(hash('') == hash(''), hash('a') == hash('a'), hash('abc') == hash('ab' + 'c'), hash('é') == hash('\xe9'))
class S(str): pass
print(hash(S('xy')) == hash('xy'), S('xy') == 'xy', {'xy': 1}[S('xy')])
d = {}
for w in ['a', 'b', 'ä', '𝄞', '']:
    d[w] = len(w)
print(d, d.get('𝄞'), 'ä' in d)
print(hash('abc'), hash(''), hash('ä€𝄞'))
