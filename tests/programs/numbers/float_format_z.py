# The 'z' option (3.11) turns negative zero results into positive zero.
for x in [-0.0, 0.0, -0.0001, -0.5, -0.4, -1e-300, -1.5, float('-inf'), float('nan')]:
    print(repr(x), [format(x, s) for s in ['z', 'z.0f', 'z.1f', 'z.2e', 'z.1g', 'z.0%', '+z.1f', ' z.1f', 'z', 'z.3', 'z>10.1f', '=z10.2f']])
print(format(-0.0 + 0j, 'z'), format(complex(-0.0, -0.0), 'z.1f'), format(complex(-1e-9, -1e-9), 'z.2f'), '{:z.1f}'.format(-0.01), f'{-0.001:z.2f}')
for spec in ['zd', 'z', 'zx']:
    try:
        print(format(-5, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
