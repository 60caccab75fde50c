# Underscores in int(str): single, between digits only.
for s, b in [('1_000', 10), ('1_0_0', 10), ('1__0', 10), ('_10', 10), ('10_', 10), ('1_000_000', 10), ('f_f', 16),
             ('0x_f_f', 16), ('0x__f', 16), ('1_', 2), ('1_0', 2), ('z_z', 36), ('-1_0', 10), ('+_10', 10), ('1 _0', 10),
             ('١_٢', 10), ('0_0', 10), ('00_00', 10)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)
