# Fill characters and alignment in int formatting.
for spec in ['<8', '>8', '^8', '=8', '*<8', '*>8', '*^8', '*=8', '0<8', '0^8', '0>8', 'é^9', '\u263a>6', '{<5', '}>5',
             '<1', '^9x', '=+9', '0=9', '<08', 'x^7b', ' ^7', '=^7']:
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)))
print(repr(format(42, '>0')), repr(format(12345, '3')), repr(format(-7, '^4')))
