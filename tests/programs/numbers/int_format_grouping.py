# Thousands separators ',' and '_' in int formatting, with width and zero padding.
for a in [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**18, 2**100]:
    print(format(a, ','), format(a, '_'), format(a, '_x'), format(a, '_b')[-20:], format(a, '_o'))
for spec in ['010,', '015,d', '08_', '012_x', '010,', '=+12,', '>12,', '*^15,', '013,.1f', '0=12,']:
    print(spec, repr(format(12345, spec)), repr(format(-12345, spec)))
for spec in [',_', '_,', ',,', '__', ',x', ',b', ',o', ',c', ',X']:
    try:
        print(spec, format(1234, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
