# repr and str of ints, and formatting via % and str.format.
for a in [0, -0, 7, -7, 2**48, -2**48 - 1, 2**64, 10**50, -(10**50), True, False]:
    print(repr(a), str(a), '%d' % a, '%i' % a, '%x' % a, '%o' % a, '{}'.format(a), '{:d}'.format(a))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42), '%#x|%#o|%#X' % (255, 255, 255), '%.3d' % 5, '%c' % 65)
print(int.__repr__(5), int.__str__(5), str(int), repr(int))
