def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for spec in ['', 's', '5', '<5', '>5', '^5', '^6', 'x^6', '€>5', '.2', '10.3', '0<5', '=5', '+', ' ', '#', '0', ',', '_', 'd', 'z', '.0', '05', '>05', '-5', '0>4', '%', '5.5s']:
    for v in ['ab', 'äöü', '']:
        try:
            print(repr(spec), repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), type(e).__name__ + ':', e)
t(format, 'a', 1)
t('a'.__format__)
t('a'.__format__, 1)
t(format, 'a', '1000000000000000000000')
t(format, 'a', '.1000000000000000000000')
t(format, 'a', '<<5')
t(format, 'a', '5,')
