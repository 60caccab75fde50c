# format(int, '%') multiplies by 100.
for a in [0, 1, -1, 7, 123, 10**10]:
    print(format(a, '%'), format(a, '.0%'), format(a, '.2%'), format(a, ',.1%'), format(a, '+%'), format(a, '>15.1%'))
print(format(True, '%'), format(False, '.1%'))
