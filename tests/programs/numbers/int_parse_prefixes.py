# int(str, base) accepts the matching prefix for bases 2, 8, 16 only.
for s, b in [('0x10', 16), ('0X10', 16), ('0b11', 2), ('0o7', 8), ('0x10', 10), ('0b11', 16), ('0o7', 16),
             ('0x10', 8), ('0b1', 36), ('0x_f', 16), ('-0x_f', 16), ('0b', 2), ('0x', 16), ('0xx1', 16), ('0b11', 8),
             ('0x1', 36), ('0o10', 2), ('0b', 16), ('0B', 16)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)
