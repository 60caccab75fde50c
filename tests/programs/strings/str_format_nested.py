def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print('{:{}}|'.format('a', 5), '{:{w}}|'.format('a', w=4), '{:{f}{a}{w}}|'.format('a', f='*', a='>', w=6))
print('{0:{1}.{2}}|'.format('abcdef', 8, 3), '{:.{}}'.format('abcdef', 2))
print('{:{}{}}'.format(3.14159, '.', '2f'), '{:>{}}'.format('x', 3))
t('{:{:{}}}'.format, 1, 2, 3)
t('{:{}}'.format, 'a')
t('{:{x}}'.format, 'a')
t('{0:{1}}'.format, 'a', 'zz')
t('{:{}}'.format, 'a', '-5')
print('{0:{0}}'.format(5))
print('{:{}}{}'.format('a', 3, 'b'))
