# format(float, 'f') and 'F'.
for f in [0.0, -0.0, 1.0, 0.125, 2.675, -1.5, 1e16, 1e22, 1e300, 5e-324, 123456789.123456789, float('inf'), float('-inf'), float('nan')]:
    print(repr(f), format(f, 'f'), format(f, 'F'), format(f, '.0f'), format(f, '#.0f'), format(f, '.2f'), format(f, '.1F'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(-0.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.3f'), format(-1234567.891, '020,.2f'), format(1e20, ',.0f'))
print(format(1.0, '.50f'), format(5e-324, '.330f')[-10:], len(format(1e300, 'f')))
