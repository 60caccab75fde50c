# format(), str.format and f-strings on numbers agree.
for v in [42, -42, 2**70, 3.14159, -0.0, 1e20, 2 + 3j, True]:
    for spec in ['', '>10', '^10', '+', '.3', 'e', '.2f', 'g', '%', '_']:
        try:
            a = format(v, spec)
            b = ('{:' + spec + '}').format(v)
            c = f'{v:{spec}}'
            print(repr(v), repr(spec), repr(a), a == b == c)
        except ValueError as e:
            print(repr(v), repr(spec), type(e).__name__, e)
print(f'{3.5!r:>8}', f'{42!s:^6}', '{0:{1}{2}}'.format(7, '>', 5), '{:{}}'.format(3.25, '.1f'))
try:
    format(1, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.0, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1j, 'q')
except ValueError as e:
    print(type(e).__name__, e)
