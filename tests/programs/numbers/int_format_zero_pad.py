# Zero padding via '0' before the width.
for spec in ['05', '05d', '+05', ' 05', '05x', '#06x', '#06b', '08,', '09_', '010.2f', '010e', '0', '00', '01', '020%', '05n']:
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)))
print(repr(format(2**70, '030')), repr(format(-(2**70), '#040x')))
