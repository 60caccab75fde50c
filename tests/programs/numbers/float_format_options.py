# Fill, align, sign, zero padding and grouping for float formatting.
for spec in ['10', '<10', '>10', '^10', '=10', '*^12.2f', '010.3f', '+010.3f', ' 010.3f', '-10.1f', '0=12.1e', '+', ' ', ',', '_', '015,.2f',
             '015_.2f', '#010.0f', 'x<10.2%', '=+12.3g', '012,', '\u263a^11.1f', '012.3n']:
    print(repr(spec), repr(format(1234.5678, spec)), repr(format(-1234.5678, spec)), repr(format(float('inf'), spec)), repr(format(float('nan'), spec)))
print(repr(format(-0.0, '+')), repr(format(-0.0, '08.2f')), repr(format(0.0, ' e')), repr(format(-0.0, 'g')))
