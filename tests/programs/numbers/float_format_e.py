# format(float, 'e') and 'E'.
for f in [0.0, -0.0, 1.0, 123.456, -0.000123456, 1e300, 5e-324, 1.7976931348623157e308, 0.5, 9.9999, 1e100, float('inf'), float('-inf'), float('nan')]:
    print(repr(f), format(f, 'e'), format(f, 'E'), format(f, '.0e'), format(f, '#.0e'), format(f, '.3e'), format(f, '.20e'), format(f, '+.2E'))
print(format(2.5, '.0e'), format(3.5, '.0e'), format(1.25, '.1e'), format(1.35, '.1e'), format(12345.0, '015.3e'), format(12345.0, '_.3e'))
