# Sign options '+', '-', ' ' in int formatting.
for a in [0, 5, -5, 2**70, -(2**70)]:
    print([format(a, s) for s in ['+', '-', ' ', '+d', '-x', ' o', '+b', ' X', '+#x', ' #b', '+,', ' _', '+e', ' f', '-%']])
print(repr(format(5, '+10')), repr(format(5, ' <10')), repr(format(-5, ' ^10')), repr(format(5, '+=10')), repr(format(5, ' 010')))
