def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'hello äöü 𝄞'
for sub in ['', 'h', 'hello', 'lo ä', 'ü 𝄞', '𝄞', 'x', 'hello äöü 𝄞!', 'H']:
    print(repr(sub), sub in s, sub not in s, s.__contains__(sub))
print('' in '', 'a' in '')
t(lambda: 1 in 'a')
t(lambda: None in 'a')
t(lambda: b'a' in 'a')
t(lambda: ['a'] in 'abc')
t(s.__contains__)
t(s.__contains__, 1)
