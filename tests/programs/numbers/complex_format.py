# format(complex) with e, f, g, no type, and options.
for c in [1 + 2j, -1.5 - 0.25j, 1e20 + 1e-20j, complex(-0.0, 0.0), 3j, 4 + 0j, complex(float('inf'), float('nan')), 1234567.5 + 1234567.5j]:
    print([format(c, s) for s in ['', 'e', 'f', 'g', 'E', 'F', 'G', '.2f', '.3', '+', ' ', '20', '<20', '^20.2f', '>20e', '*^24', ',.1f', '_.2f', '.0f', '#.0f', '#g', 'n']])
print(format(1j, ''), format(1 + 0j, ''), format(1j, '.1'), format(0j, 'g'), format(0j, '.2'), format(-0j, ''))
