# Underscores between digits in float(str).
for s in ['1_0', '1_000.5', '1_0.0_1', '1e1_0', '1_0e1_0', '.1_5', '1_5.', '0_0', '1__0', '1_.0', '1._0', '_1.0', '1.0_', '1e_1', '1_e1', '1e1_',
          'in_f', 'n_an', '1_2_3_4.5_6']:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
