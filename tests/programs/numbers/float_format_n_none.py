# format(float) with no type (like repr but honouring precision) and 'n'.
for f in [0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.5, 1e300, 5e-324, float('inf'), float('nan')]:
    print(repr(f), format(f, ''), format(f, 'n'), format(f, '.3'), format(f, '.3n'), format(f, '.0'), format(f, '#'), format(f, '#.3'), format(f, '10'))
print(format(1234.5, ','), format(1234567.0, '_'), format(1e16, ','), format(1.5, '+'), format(2.0, '.1'), format(2.0, '.2'), format(12.0, '.1'))
