# Every float presentation type, with and without '#', across precisions and magnitudes.
values = [0.0, -0.0, 1.0, 10.0, 100.0, 123.0, 1234.0, 99.99, 0.5, 0.0001, 0.00012345, 1e-5, 9.5, 9.96, 1e16, 1.5e16, 1e22, 5e-324, 123456789.0, 0.1]
for x in values:
    for t in ['', 'g', 'G', 'e', 'f', '%', 'n']:
        print(repr(x), repr(t), [format(x, alt + '.' + str(p) + t) for alt in ('', '#') for p in (0, 1, 2, 3, 5, 17)], format(x, t), format(x, '#' + t))
for x in [1 + 1j, 100 + 0.5j, complex(1e16, -1e-5), 0.5j]:
    print(repr(x), [format(x, alt + '.' + str(p) + t) for alt in ('', '#') for p in (0, 1, 3) for t in ('', 'g', 'e', 'f')])
