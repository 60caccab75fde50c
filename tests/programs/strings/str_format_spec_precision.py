def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for v in ['', 'a', 'abcdef', 'äöüß', '𝄞𝄞𝄞']:
    print([format(v, spec) for spec in ['.0', '.1', '.3', '.10', '5.2', '<5.2', '>5.0', '^7.3']])
t(format, 'a', '.')
t(format, 'a', '.x')
t(format, 'a', '5.')
t(format, 'a', '.-1')
t(format, 'a', '99999999999999999999.2')
print(repr(format('abc', '.0s')))
