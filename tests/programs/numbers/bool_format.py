# format() of bools uses int formatting when a spec is given.
for spec in ['', 'd', 'x', 'b', '#o', '5', '<5', '^5', '+', '.2f', 'e', '%', ',', 'n', '05', 'c']:
    print(repr(spec), repr(format(True, spec)), repr(format(False, spec)))
for spec in ['s', '10s']:
    try:
        print(format(True, spec))
    except ValueError as e:
        print(type(e).__name__, e)
