# format(int) with float presentation types converts to float.
for a in [0, 1, -1, 123456789, 10**16 + 1, 2**60, -(10**20)]:
    print(a, format(a, 'e'), format(a, 'E'), format(a, 'f'), format(a, 'F'), format(a, 'g'), format(a, 'G'))
print(format(12345, '.2e'), format(12345, '.2f'), format(12345, '.3g'), format(12345, '#.3g'), format(12345, ',.1f'))
print(format(10**20, ',.2f'), format(10**20, '_.0f'), format(-5, '+010.2f'), format(5, '^12.3e'))
try:
    print(format(10**400, 'f'))
except OverflowError as e:
    print(type(e).__name__, e)
