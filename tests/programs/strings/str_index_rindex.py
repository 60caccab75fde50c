def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'mississippi'
for sub in ['ss', 'i', 'p', 'ppi', '']:
    print(sub, s.index(sub), s.rindex(sub), s.index(sub, 2), s.rindex(sub, 0, -1) if sub not in ('ppi', 'p') else None)
t(s.index, 'x')
t(s.rindex, 'x')
t(s.index, 's', 7, 8)
t(s.rindex, 'm', 1)
t(s.index)
t(s.index, 1)
t(s.rindex, 'i', 'a')
t(''.index, '')
t(''.rindex, 'a')
t(s.index, '', 20)
t(s.index, '', 11)
