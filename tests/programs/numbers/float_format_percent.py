# format(float, '%').
for f in [0.0, -0.0, 1.0, 0.5, 0.123456, -0.125, 1e-10, 12.3456, 1e300, float('inf'), float('nan')]:
    print(repr(f), format(f, '%'), format(f, '.0%'), format(f, '.2%'), format(f, '#.0%'), format(f, '+.1%'), format(f, '>12.1%'))
print(format(0.00125, '.1%'), format(0.00135, '.1%'), format(1234.5, ',.1%'), format(0.5, '010.1%'))
