# format(float, 'g') and 'G' switch between fixed and exponent forms.
for f in [0.0, -0.0, 1.0, 0.0001, 0.00001, 123456.0, 1234567.0, 1e16, 1e-5, 1.5e-7, 100.0, 3.14159265, 1e300, float('inf'), float('nan'), -float('inf')]:
    print(repr(f), format(f, 'g'), format(f, 'G'), format(f, '.0g'), format(f, '.1g'), format(f, '.3g'), format(f, '#g'), format(f, '#.3g'), format(f, '.17g'))
print(format(123456789.0, ',g'), format(0.000012345, '.2G'), format(1e-300, 'G'), format(12345.678, '015.6g'))
