# The '#' option in int formatting.
for a in [0, 10, -10, 2**40]:
    print([format(a, s) for s in ['#b', '#o', '#x', '#X', '#d', '#', '#e', '#.0e', '#f', '#.0f', '#g', '#.0%']])
print(repr(format(10, '#010b')), repr(format(-10, '#010x')), repr(format(10, '#<10o')), repr(format(10, '#=10X')), repr(format(10, '#_b')))
