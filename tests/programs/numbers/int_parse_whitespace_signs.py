# Whitespace and signs around the digits of int(str).
for s in ['  12', '12  ', '\t12\n', '\x0c12\x0b', '\u200312\u3000', '\xa012', '-12', '+12', ' - 12', '- 12', '--12',
          '+-12', '-+12', '+ 12', ' -12 ', '-0', '+0', '\u202812', '\x1c12\x1d', '\u180e12', '\u200b12']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(int('١٢٣'), int('-０９'), int('𝟏𝟐', 10), int('٣', 16))
