# int(str, 0) infers the base from the prefix and rejects leading zeros.
for s in ['0', '00', '000', '0_0', '10', '-10', '+10', '0x1f', '0X1F', '-0x1f', '0o17', '0O17', '0b101', '0B101',
          '0x_1f', '0b_1', '0o_7', '  0x10  ', '1_000', '0_1', '01', '00010', '0x', '0b2', '0o8', '0xg', '1__0',
          '_1', '1_', '0x__1', '', ' ', '-', '0_', '0b', '- 1', '+-1', '\t-0o7\n']:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
