# ** on floats: special values follow C99 pow.
cases = [(2.0, 10), (2.0, -1), (2.0, 0.5), (-2.0, 3), (-2.0, -3), (-2.0, 2.0), (0.0, 0), (0.0, 0.0), (0.0, 2), (-0.0, 3), (-0.0, 2),
         (1.0, float('nan')), (float('nan'), 0), (float('inf'), 0), (float('inf'), -1), (float('-inf'), 3), (float('-inf'), 2), (float('-inf'), -3),
         (0.5, float('inf')), (2.0, float('inf')), (0.5, float('-inf')), (2.0, float('-inf')), (-1.0, float('inf')), (-0.5, float('inf')),
         (1e-300, 2), (10.0, -400), (float('nan'), 1), (1.5, 2), (4, 0.5), (-1.0, 1e300)]
for a, b in cases:
    print(a, b, repr(a ** b), repr(pow(a, b)))
print((2.0).__pow__(3), (2.0).__rpow__(3), (2.0).__pow__('x'))
