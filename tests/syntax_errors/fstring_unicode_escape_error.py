# a bad \N escape in the literal part of an f-string
x = f'\N{NOT A REAL NAME} {a}'
