# format(int) with d, n and no presentation type.
for a in [0, 7, -7, 1234567, -1234567, 10**20, -(10**25)]:
    print(format(a, ''), format(a, 'd'), format(a, 'n'), format(a, ',d'), format(a, '_d'), format(a, ','), format(a, '_'))
print(format(12345, '10d'), format(12345, '<10d'), format(12345, '^10n'), format(-12345, '=10'), format(12345, '010n'))
print(format(123, '+'), format(123, ' '), format(-123, ' '), format(123, '-'), format(0, '+d'))
for spec in [',n', '_n', '#n', '.2d', '.0n', 'z']:
    try:
        print(format(1234, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
