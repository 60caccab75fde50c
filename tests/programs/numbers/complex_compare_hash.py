# Equality and hash of complex numbers.
for c in [0j, 1j, -1j, 1 + 0j, 2.5 + 0j, 1 + 1j, complex(-1, 0), complex(0, -1), 3 - 4j, complex(2**61, 1), complex(1e300, 1e300), complex(float('inf'), 0), complex(0, float('-inf'))]:
    print(repr(c), hash(c))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), 1 + 0j == 1, 1j == 1j, 1j != 1, 0j == False, complex(1, 0) == 1.0, 1j == 'x', 1j.__eq__(1), (1j).__ne__(1j), (1j).__eq__('a'))
for op in ['<', '<=', '>', '>=']:
    try:
        print(eval('1j ' + op + ' 2j'))
    except TypeError as e:
        print(type(e).__name__, e)
