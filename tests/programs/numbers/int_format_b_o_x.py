# format(int) with b, o, x, X presentation types.
for a in [0, 1, -1, 10, 255, -255, 2**64, -(2**64) + 1, 2**100 + 12345]:
    print(a, format(a, 'b'), format(a, 'o'), format(a, 'x'), format(a, 'X'))
    print(format(a, '#b'), format(a, '#o'), format(a, '#x'), format(a, '#X'))
print(format(255, '_b'), format(2**40, '_x'), format(2**40, '#_o'), format(-2**33, '_X'))
print(format(255, '012b'), format(-255, '#012x'), format(255, '+#x'), format(255, ' #o'), format(255, '^#14x'))
print(format(True, 'b'), format(True, '#x'))
