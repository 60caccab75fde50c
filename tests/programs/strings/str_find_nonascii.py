def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'äöü€𝄞äöü€𝄞'
for sub in ['ä', 'ü€', '𝄞', '𝄞ä', '', 'x', '€𝄞äöü€𝄞']:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, -2), s.count(sub, -6))
print('aaaa'.count('aa'), 'aaaaa'.count('aa'), 'ααααα'.count('αα'))
print('\ud800x\udfff'.find('\udfff'), 'a\x00b'.find('\x00'))
